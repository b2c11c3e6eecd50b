/** Where a repository's configuration lives unless CI_INTEL_CONFIG or --config names another. */
export const DEFAULT_CONFIG_FILE = '.ci-intel/config.yml';
