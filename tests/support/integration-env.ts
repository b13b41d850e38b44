import { inject } from "vitest";

// Every integration worker talks to the throwaway database made by the global setup.
process.env.DATABASE_URL = inject("databaseUrl");
