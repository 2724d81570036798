/** A manifest that could not be read: no signal (`E_OFFLINE`) or a bad answer (`E_MANIFEST`). */
export class ManifestError extends Error {
  constructor(readonly code: 'E_OFFLINE' | 'E_MANIFEST') {
    super(code === 'E_OFFLINE' ? 'No network: the map manifest cannot be loaded' : code);
    this.name = 'ManifestError';
  }
}
