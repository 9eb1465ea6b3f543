import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';

export class HealthStatusDto {
  @ApiProperty({ example: 'ok' })
  status: 'ok';

  @ApiProperty({ required: false, example: { database: 'up' } })
  checks?: Record<string, string>;
}

const READY_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ready(): Promise<HealthStatusDto> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.db.query('SELECT 1'), timeout]);
      return { status: 'ok', checks: { database: 'up' } };
    } catch {
      throw new DomainError('DATABASE.UNAVAILABLE', 'The database is not reachable', { checks: { database: 'down' } });
    } finally {
      clearTimeout(timer);
    }
  }
}
