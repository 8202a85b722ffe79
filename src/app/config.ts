// Build-time configuration injected by webpack (see webpack.config.js).
export interface AppConfig {
  readonly clientId: string;
  readonly authority: string;
  readonly graphBaseUrl: string;
  readonly host: 'office' | 'simulator';
  /** The connect-src sources CardDAV servers may be reached at (CARDDAV_ORIGINS; loopback in the simulator). */
  readonly carddavSources: readonly string[];
}

declare const __CONTACT_BRIDGE_CONFIG__: AppConfig;

export const appConfig: AppConfig = __CONTACT_BRIDGE_CONFIG__;
