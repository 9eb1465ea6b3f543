import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificationBodiesController } from './certification-bodies.controller.js';
import { CertificationBodiesService } from './certification-bodies.service.js';
import { CertificationBody } from './certification-body.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([CertificationBody])],
  controllers: [CertificationBodiesController],
  providers: [CertificationBodiesService],
  exports: [CertificationBodiesService],
})
export class CertificationBodiesModule {}
