// Builds the task pane (and its sign-in dialog page) for two hosts:
//   --env host=office     real Outlook: office.js from Microsoft's CDN, as Office requires (default);
//   --env host=simulator  the Outlook host simulator: the emulator's Office.js shim, nothing from the internet.
// The production manifest is written by scripts/build.ts, not here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SHIM_PATH = '/simulator/office-shim.js';

/** The Office.js host: the pane loads office.js from here, and office.js loads its host scripts from the same place. */
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN).origin;

/**
 * The pages that may frame the task pane: Outlook on the web and the new Outlook (which frame it), and the pane
 * itself. Desktop and mobile Outlook show the pane as a top-level web view, where frame-ancestors does not apply.
 */
const OUTLOOK_FRAME_ANCESTORS = [
  "'self'",
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
  'https://*.officeapps.live.com',
];

/**
 * The CardDAV servers the pane may reach: CARDDAV_ORIGINS (connect-src sources, separated by spaces or commas,
 * e.g. `https://dav.example.com https://*.example.org`); the simulator adds any loopback port, where the demo
 * and the tests run Radicale.
 */
function carddavSourcesOf(simulator) {
  const listed = (process.env.CARDDAV_ORIGINS ?? '').split(/[\s,]+/).filter((source) => source !== '');
  for (const source of listed) {
    if (!/^(https?:|https?:\/\/(\*\.)?[a-z0-9.-]+(:(\*|\d+))?)$/i.test(source)) throw new Error(`CARDDAV_ORIGINS: ${JSON.stringify(source)} is not an origin such as https://dav.example.com.`);
  }
  return simulator ? [...listed, 'http://127.0.0.1:*', 'http://localhost:*'] : listed;
}

/** Content-Security-Policy for the add-in pages: scripts only from us (and the Office.js host), no inline code, no eval. */
function contentSecurityPolicy({ host, graphOrigin, authorityOrigin, carddavSources, devServer }) {
  const scripts = host === 'office' ? ["'self'", OFFICE_JS_ORIGIN] : ["'self'"];
  const connect = new Set(["'self'", graphOrigin, authorityOrigin, 'https://login.microsoftonline.com', ...carddavSources]);
  if (devServer) connect.add('wss://localhost:*');
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${[...connect].join(' ')}`,
    "frame-src 'self' https://login.microsoftonline.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Writes `_headers` beside the pages: the headers the web server must send with each page (the format Netlify and
 * Cloudflare Pages read as is). `frame-ancestors` cannot be set from a `<meta>` tag, so it travels only here.
 * Both pages get Outlook's list: the browser checks every ancestor, and the dialog page also runs inside the
 * pane (MSAL's silent iframe), which Outlook on the web frames in turn.
 */
class HeadersFilePlugin {
  constructor(policy) {
    this.policy = policy;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('HeadersFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'HeadersFilePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const page = (name, ancestors) => [
          `/${name}.html`,
          `  Content-Security-Policy: ${this.policy}; frame-ancestors ${ancestors.join(' ')}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Cache-Control: no-cache',
        ];
        const text = ['# Headers for the add-in pages (docs/DEPLOYMENT.md, "Host dist/ on HTTPS").', ...page('taskpane', OUTLOOK_FRAME_ANCESTORS), ...page('dialog', OUTLOOK_FRAME_ANCESTORS), ''].join('\n');
        compilation.emitAsset('_headers', new webpack.sources.RawSource(text));
      });
    });
  }
}

export default (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'development';
  const host = env.host ?? 'office';
  const simulator = host === 'simulator';
  const outputPath = env.outDir ? path.resolve(env.outDir) : path.resolve(root, simulator ? '.cache/simulator-dist' : 'dist');
  const config = {
    clientId: process.env.CLIENT_ID ?? '00000000-0000-0000-0000-000000000000',
    authority: process.env.AUTHORITY ?? 'https://login.microsoftonline.com/common',
    graphBaseUrl: process.env.GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0',
    host,
    carddavSources: carddavSourcesOf(simulator),
  };
  if (simulator) {
    // The simulator serves Graph and its OpenID Connect authority from the same origin as the pane.
    config.graphBaseUrl = '/v1.0';
    config.authority = '/oidc';
  }
  const csp = contentSecurityPolicy({
    host,
    graphOrigin: simulator ? "'self'" : new URL(config.graphBaseUrl).origin,
    authorityOrigin: simulator ? "'self'" : new URL(config.authority).origin,
    carddavSources: config.carddavSources,
    devServer: Boolean(env.WEBPACK_SERVE ?? argv.env?.WEBPACK_SERVE),
  });
  const officeScript = simulator ? SHIM_PATH : OFFICE_JS_CDN;

  const entry = {
    taskpane: './src/app/taskpane.tsx',
    dialog: './src/app/dialog.ts',
  };
  if (simulator) {
    entry.simulator = './emulator/host/simulator.tsx';
    entry['office-shim'] = './emulator/host/office-shim.ts';
  }

  const page = (name, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/app/${name}.html`,
      chunks,
      templateParameters: { csp, officeScript },
      ...extra,
    });

  const plugins = [
    new MiniCssExtractPlugin({ filename: mode === 'production' ? '[name].[contenthash:8].css' : '[name].css' }),
    new webpack.DefinePlugin({ __CONTACT_BRIDGE_CONFIG__: JSON.stringify(config) }),
    page('taskpane', ['taskpane']),
    page('dialog', ['dialog']),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
  ];
  if (!simulator) plugins.push(new HeadersFilePlugin(csp));
  if (simulator) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'simulator/index.html',
        template: './emulator/host/simulator.html',
        chunks: ['simulator'],
      }),
    );
  }

  return {
    mode,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: mode === 'production' ? 'source-map' : 'cheap-module-source-map',
    entry,
    output: {
      path: outputPath,
      filename: (pathData) =>
        pathData.chunk?.name === 'office-shim'
          ? 'simulator/office-shim.js'
          : mode === 'production'
            ? '[name].[contenthash:8].js'
            : '[name].js',
      chunkFilename: mode === 'production' ? 'chunks/[name].[contenthash:8].js' : 'chunks/[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact' },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // Fluent System Icons, imported one file at a time as text (`…_20_regular.svg?raw`) and drawn by ui/components/icon.tsx.
        { test: /\.svg$/, resourceQuery: /raw/, type: 'asset/source' },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      static: false,
      port: Number(process.env.PORT ?? 3000),
      server: 'https',
      hot: false,
      liveReload: true,
      client: { overlay: false },
      headers: { 'Cache-Control': 'no-store' },
    },
  };
};
