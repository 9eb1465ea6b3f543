import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TransitionEvent } from '../common/entities/transition-event.js';
import { Application } from './application.entity.js';

/** One row per status transition of an application: see TransitionEvent. */
@Entity('application_events')
@Index('ix_application_events_application', ['certificationBodyId', 'applicationId', 'createdAt'])
@ForeignKey(() => Application, ['certificationBodyId', 'applicationId'], ['certificationBodyId', 'id'])
export class ApplicationEvent extends TransitionEvent {
  @Column('uuid')
  applicationId: string;
}
