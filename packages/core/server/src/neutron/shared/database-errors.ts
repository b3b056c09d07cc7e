/** True when a statement failed on a UNIQUE or PRIMARY KEY constraint (SQLite or Postgres). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Runs `attempt` again when it lost a race on a unique constraint (two requests picking the same
 * free address or MAC); each attempt re-reads what is taken, so the constraint, not luck, decides.
 */
export async function retryOnUniqueViolation<T>(attempt: () => Promise<T>, onExhausted: () => Error, attempts = 5): Promise<T> {
  for (let remaining = attempts; ; remaining -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (remaining <= 1) throw onExhausted();
    }
  }
}
