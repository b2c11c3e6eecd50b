/** Built-in lists: what the Actions runner itself needs, and what a locked job must not reach. */

/**
 * Endpoints the runner needs to keep working under a default-deny policy (the job's log and
 * step results, artifacts and caches, action downloads, OIDC tokens, the Azure host agent).
 */
export const RUNNER_ENDPOINTS: string[] = [
  'github.com:443',
  'api.github.com:443',
  'codeload.github.com:443',
  'objects.githubusercontent.com:443',
  '*.actions.githubusercontent.com:443',
  'actions-results-receiver-production.githubapp.com:443',
  'ghcr.io:443',
  'pkg-containers.githubusercontent.com:443',
  ...Array.from({ length: 20 }, (_, i) => `productionresultssa${i}.blob.core.windows.net:443`),
  // Azure wireserver (host agent) and instance metadata: by address and port only.
  '168.63.129.16:80',
  '168.63.129.16:32526',
  '169.254.169.254:80'
];

/** Default `probe-denied`: public registries and paste/exfiltration services, plus raw-IP and DNS canaries. */
export const DEFAULT_DENIED: string[] = [
  'registry.npmjs.org:443',
  'pypi.org:443',
  'files.pythonhosted.org:443',
  'rubygems.org:443',
  'crates.io:443',
  'repo.maven.apache.org:443',
  'proxy.golang.org:443',
  'pastebin.com:443',
  'gist.githubusercontent.com:443',
  'transfer.sh:443',
  'webhook.site:443',
  'requestbin.net:443',
  'ngrok.io:443',
  'dns.google:443',
  '1.1.1.1:443',
  '8.8.8.8:53',
  '[2606:4700:4700::1111]:443'
];
