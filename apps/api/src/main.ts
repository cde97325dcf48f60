import { createApp } from './bootstrap.js';
import { ConfigError, loadConfig, loadDotEnv } from './core/config/config.js';

async function main() {
  process.title = 'orchestra-api';
  loadDotEnv();
  const config = loadConfig();
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT, config.HOST);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
