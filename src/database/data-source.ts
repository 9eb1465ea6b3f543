import 'reflect-metadata';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { typeOrmOptions } from './typeorm.options.js';

// Compiled layout: dist/src/database/data-source.js, dist/src/**/*.entity.js, dist/migrations/*.js
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function cliDataSource(url: string): DataSource {
  return new DataSource({
    ...typeOrmOptions(url, 2),
    entities: [join(root, 'src', '**', '*.entity.js')],
    migrations: [join(root, 'migrations', '*.js')],
  });
}

// The TypeORM CLI (`typeorm -d dist/src/database/data-source.js`) reads the default export.
export default cliDataSource(process.env.DATABASE_URL ?? 'postgres://invalid');
