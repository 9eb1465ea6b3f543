import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { TransitionEvent } from '../common/entities/transition-event.js';
import { Assessment } from './assessment.entity.js';

/** One row per status transition of an assessment: see TransitionEvent. */
@Entity('assessment_events')
@Index('ix_assessment_events_assessment', ['certificationBodyId', 'assessmentId', 'createdAt'])
@ForeignKey(() => Assessment, ['certificationBodyId', 'assessmentId'], ['certificationBodyId', 'id'])
export class AssessmentEvent extends TransitionEvent {
  @Column('uuid')
  assessmentId: string;
}
