import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { createLogger } from "./config/logger.js";
import { DirectoryError } from "./directory/load-directory.js";

// `npm start`: parse the configuration once, wire everything, run until SIGINT/SIGTERM.
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp({ config, log });
  } catch (error) {
    if (error instanceof DirectoryError) {
      log.fatal(error.message);
      process.exit(78);
    }
    throw error;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  await app.start();
}

void main();
