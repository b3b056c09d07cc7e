import { runClientTypesCommand } from './client-types-command.js';

// Entry of the `client-types` Nx targets: node codegen/dist/cli.js <openapi.json> <folder> [--update].
const result = await runClientTypesCommand(process.argv.slice(2));
(result.exitCode === 0 ? console.log : console.error)(result.message);
process.exitCode = result.exitCode;
