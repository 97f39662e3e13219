/**
 * better-sqlite3 is a native module: Node (tests, CLI, bridge) and Electron (the app)
 * need builds for different ABIs. Node uses the package's default build; the Electron
 * app sets SIGHTLINE_SQLITE_BINDING to a build made for Electron (see
 * scripts/electron-native.js), passed as better-sqlite3's `nativeBinding` option, so
 * nobody rebuilds back and forth.
 */
export function nativeBindingOption(): { nativeBinding?: string } {
  const binding = process.env['SIGHTLINE_SQLITE_BINDING'];
  return binding ? { nativeBinding: binding } : {};
}
