import { runOpenApiCommand } from './openapi-command.js';

// Entry of the `openapi` Nx target: node dist/openapi.js <package-folder> [--update].
const result = await runOpenApiCommand(process.argv.slice(2));
(result.exitCode === 0 ? console.log : console.error)(result.message);
process.exitCode = result.exitCode;
