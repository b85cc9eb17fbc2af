#!/bin/sh
# Prisma's CLI wants to download a native schema engine, which this offline setup cannot do.
# Migrations are plain SQL applied by lib/db/migrate.ts; see README "Database".
echo "The native Prisma schema engine is not used here: migrations are applied by 'npm run db:prepare'." >&2
exit 1
