import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { addProblemResponses } from './common/http/openapi-problems.js';
import { FieldErrorDto, ProblemDto } from './common/http/problem.dto.js';
import { requestIdFor } from './common/http/request-id.js';
import { Logger } from 'nestjs-pino';
import { AppConfig } from './config/app-config.js';

/**
 * HTTP-level setup shared by `main.ts` and the e2e tests, so that tests exercise
 * exactly what production runs. Guards, pipes and filters are DI providers in
 * AppModule; this adds what lives on the Express instance.
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // The request id is assigned before body parsing so that even a malformed body's problem carries it.
  app.use((req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void) => {
    req.id = requestIdFor(req, res);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], scriptSrc: ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: false });
  app.useBodyParser('json', { limit: config.env.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.env.BODY_LIMIT, extended: false });
  setupOpenApi(app);
  return app;
}

export function setupOpenApi(app: INestApplication): void {
  const doc = new DocumentBuilder()
    .setTitle('Kompeten API')
    .setDescription(
      'Competency assessment and certification of persons (BNSP / LSP). Every error is RFC 9457 ' +
        '`application/problem+json` with a stable `code` and a `requestId`; see docs/api.md.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = addProblemResponses(
    SwaggerModule.createDocument(app, doc, { extraModels: [ProblemDto, FieldErrorDto] }),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
}
