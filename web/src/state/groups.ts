// Small pure helpers of the group dialogs.

/** Usernames typed with commas or spaces between them, without a leading @, each once. */
export function parseUsernames(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((u) => u.replace(/^@/, '').trim()).filter(Boolean))];
}
