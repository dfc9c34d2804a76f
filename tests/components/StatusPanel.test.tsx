import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { StatusPanel, type StatusInfo } from '../../components/StatusPanel';

const status: StatusInfo = { style: 'window', stylePermission: true, persisted: true, lastBackup: null, settingsNotice: null };
const noop = () => {};

describe('StatusPanel', () => {
  test('says when the browser refused to show a nudge (issue 14)', () => {
    render(<StatusPanel status={{ ...status, undeliveredNudge: '25 Nov 2026, 21:00' }} onFixPermission={noop} onDismissNotice={noop} />);
    expect(screen.getByText(/On 25 Nov 2026, 21:00, the browser wouldn't let Hearth show a nudge/)).toBeTruthy();
  });

  test('says nothing of it when the last nudge was shown', () => {
    render(<StatusPanel status={{ ...status, undeliveredNudge: null }} onFixPermission={noop} onDismissNotice={noop} />);
    expect(screen.queryByText(/wouldn't let Hearth show a nudge/)).toBeNull();
  });
});
