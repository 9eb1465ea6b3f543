import { Module } from '@nestjs/common';
import { SchemesModule } from '../schemes/schemes.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [SchemesModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
