import type { Command, Option } from 'commander';
import { stabilityLabel } from '@switchyard/sdk';

export const SILENCE_ENV = 'SWITCHYARD_NO_PREVIEW_WARNING';

/** Prefixes the description of `command` and of every command below it with `[preview]`. */
export function labelPreview(command: Command): void {
  const label = stabilityLabel('preview');
  const description = command.description();
  if (!description.startsWith(label)) command.description(description === '' ? label : `${label} ${description}`);
  for (const child of command.commands) labelPreview(child);
}

/** A global option a preview plugin adds is labelled like its commands. */
export function labelPreviewOption(option: Option): void {
  const label = stabilityLabel('preview');
  const description = option.description ?? '';
  if (!description.startsWith(label)) option.description = description === '' ? label : `${label} ${description}`;
}

export function previewNotice(service: string): string {
  return (
    `switchyard: ${service} is a preview service; its commands and API may change. ` +
    `Silence with --no-preview-warning or ${SILENCE_ENV}=1\n`
  );
}

/** Like NODE_NO_WARNINGS: any value but empty or 0 silences. */
export function isSilencedByEnv(env: Record<string, string | undefined>): boolean {
  const value = env[SILENCE_ENV];
  return value !== undefined && value !== '' && value !== '0';
}
