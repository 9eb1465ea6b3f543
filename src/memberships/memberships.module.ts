import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';
import { Membership } from './membership.entity.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Membership]), AuthModule],
  controllers: [MembersController, RegistrationsController],
  providers: [MembersService, RegistrationsService],
  exports: [MembersService],
})
export class MembershipsModule {}
