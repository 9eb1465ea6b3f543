import { ApplicationsModule } from './applications/applications.module.js';
import { AssessmentsModule } from './assessments/assessments.module.js';
import { SelfAssessmentsModule } from './self-assessments/self-assessments.module.js';
import { AssessmentPlansModule } from './assessment-plans/assessment-plans.module.js';
import { ConsentsModule } from './consents/consents.module.js';
import { CoverageModule } from './coverage/coverage.module.js';
import { EthicsModule } from './ethics/ethics.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { JudgementsModule } from './judgements/judgements.module.js';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter.js';
import { RequestContextMiddleware } from './common/http/request-context.middleware.js';
import { requestIdFor } from './common/http/request-id.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { typeOrmOptions } from './database/typeorm.options.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CertificationBodiesModule } from './certification-bodies/certification-bodies.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MembershipsModule } from './memberships/memberships.module.js';
import { RecommendationsModule } from './recommendations/recommendations.module.js';
import { UsersModule } from './users/users.module.js';
import { SeedModule } from './seed/seed.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { AssessorProfilesModule } from './assessor-profiles/assessor-profiles.module.js';
import { RelationshipsModule } from './relationships/relationships.module.js';
import { SchemesModule } from './schemes/schemes.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { CertificationModules } from './certification.modules.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { DossiersModule } from './dossiers/dossiers.module.js';
import { QualityReviewsModule } from './quality-reviews/quality-reviews.module.js';
import { ReportsModule } from './reports/reports.module.js';

/** Feature modules, one per domain concept. */
const FEATURES = [
  HealthModule,
  JobsModule,
  AuditModule,
  AuthModule,
  UsersModule,
  CertificationBodiesModule,
  MembershipsModule,
  SchemesModule,
  RecommendationsModule,
  SeedModule,
  InvitationsModule,
  AssessorProfilesModule,
  RelationshipsModule,
  EvidenceModule,
  ApplicationsModule, AssessmentsModule, SelfAssessmentsModule,
  EthicsModule, AssessmentPlansModule, ConsentsModule, JudgementsModule, CoverageModule, FeedbackModule,
  ...CertificationModules,
  IdempotencyModule,
  DossiersModule,
  QualityReviewsModule,
  ReportsModule,
];

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.env.LOG_LEVEL,
            genReqId: (req, res) => (req as { id?: string }).id ?? requestIdFor(req, res),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
            serializers: {
              req: (req) => ({ id: req.id, method: req.method, url: req.url }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRoot({
          ...typeOrmOptions(config.databaseUrl, config.env.DATABASE_POOL_SIZE, config.env.DATABASE_REPLICA_URL),
          autoLoadEntities: true,
        }),
        ...FEATURES,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*path');
  }
}
