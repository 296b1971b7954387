export const DEFAULT_OPTIONS = { unsafe: false, merge: 'manager', allStages: false, ignoredRules: [] };
