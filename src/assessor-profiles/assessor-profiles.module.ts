import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipsModule } from '../memberships/memberships.module.js';
import { AssessorProfile } from './assessor-profile.entity.js';
import { AssessorProfilesController } from './assessor-profiles.controller.js';
import { AssessorProfilesService } from './assessor-profiles.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AssessorProfile]), MembershipsModule],
  controllers: [AssessorProfilesController],
  providers: [AssessorProfilesService],
  exports: [AssessorProfilesService],
})
export class AssessorProfilesModule {}
