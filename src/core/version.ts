/** The hub's version, stamped into SARIF and evidence. Kept in step with package.json by a test. */
export const HUB_VERSION = '0.1.0';
