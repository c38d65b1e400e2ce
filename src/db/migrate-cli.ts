import { loadConfig } from "../config/config.js";
import { closeDatabase, openDatabase } from "./database.js";

// `npm run db:migrate`: applies pending migrations to DATABASE_PATH and exits.
const config = loadConfig(process.env);
const db = openDatabase(config.DATABASE_PATH);
closeDatabase(db);
console.log(`migrated ${config.DATABASE_PATH}`);
