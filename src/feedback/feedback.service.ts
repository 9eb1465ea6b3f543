import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bodyOf, findVisibleAssessment } from '../assessments/assessment-access.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentNotFoundError } from '../assessments/assessment.errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ConflictError, DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import type { GiveFeedbackDto } from './dto/feedback.dto.js';
import { answerProblems, FEEDBACK_STATEMENTS } from './feedback-statements.js';

class FeedbackClosedError extends ConflictError {
  constructor(status: string) {
    super('FEEDBACK.NOT_OPEN', `Feedback is given after the recommendation is signed; the assessment is ${status}`, { currentStatus: status });
  }
}
class FeedbackGivenError extends ConflictError {
  constructor() {
    super('FEEDBACK.ALREADY_GIVEN', 'Feedback has already been given and cannot change');
  }
}

/** FR.AK.03 by the candidate after FR.AK.02 is signed. */
@Injectable()
export class FeedbackService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly audit: AuditService) {}

  give(actor: AuthUser, assessmentId: string, dto: GiveFeedbackDto): Promise<AssessmentFeedback> {
    const bodyId = bodyOf(actor);
    return this.db.transaction(async (em) => {
      const a = await em.findOne(Assessment, { where: { certificationBodyId: bodyId, id: assessmentId }, lock: { mode: 'pessimistic_write' } });
      if (!a || a.candidateUserId !== actor.id) throw new AssessmentNotFoundError(assessmentId);
      if (a.status !== 'recommended' && a.status !== 'decided') throw new FeedbackClosedError(a.status);
      const problems = answerProblems(dto.answers);
      if (problems.missing.length || problems.repeated.length) {
        throw new DomainError('FEEDBACK.ANSWERS_INVALID', 'Answer each of the ten statements once', problems);
      }
      if (await em.existsBy(AssessmentFeedback, { certificationBodyId: bodyId, assessmentId })) throw new FeedbackGivenError();
      const answers = [...dto.answers].sort((x, y) => x.statement - y.statement)
        .map((x) => ({ statement: x.statement, agree: x.agree, comment: x.comment ?? '', text: FEEDBACK_STATEMENTS[x.statement - 1] }));
      const saved = await em.save(em.create(AssessmentFeedback, { certificationBodyId: bodyId, assessmentId, candidateUserId: actor.id, answers, comments: dto.comments ?? '' }));
      await this.audit.record(em, {
        bodyId, actor, action: 'assessment.feedback_given', entityType: 'assessment', entityId: assessmentId,
        payload: { feedbackId: saved.id, disagreed: answers.filter((x) => !x.agree).map((x) => x.statement) },
      });
      return saved;
    });
  }

  async read(actor: AuthUser, assessmentId: string): Promise<AssessmentFeedback> {
    const a = await findVisibleAssessment(this.db.manager, actor, assessmentId);
    const f = await this.db.manager.findOneBy(AssessmentFeedback, { certificationBodyId: a.certificationBodyId, assessmentId });
    if (!f) throw new NotFoundError('Feedback');
    return f;
  }
}
