import { COMPLAINT_ACTION_NAMES, COMPLAINT_STATUSES, nextComplaintStatus } from './complaint-state.js';

describe('complaint state', () => {
  it('walks received → triaged → investigating → resolved → closed', () => {
    expect(nextComplaintStatus('triage', 'received')).toBe('triaged');
    expect(nextComplaintStatus('investigate', 'triaged')).toBe('investigating');
    expect(nextComplaintStatus('resolve', 'investigating')).toBe('resolved');
    expect(nextComplaintStatus('close', 'resolved')).toBe('closed');
  });

  it('closes early but never skips the investigation to a resolution', () => {
    expect(nextComplaintStatus('close', 'received')).toBe('closed');
    expect(nextComplaintStatus('resolve', 'triaged')).toBeNull();
    expect(nextComplaintStatus('close', 'investigating')).toBeNull();
  });

  it('lets nothing leave closed', () => {
    for (const action of COMPLAINT_ACTION_NAMES) expect(nextComplaintStatus(action, 'closed')).toBeNull();
    expect(COMPLAINT_STATUSES).toContain('closed');
  });
});
