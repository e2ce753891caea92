import { t } from '../../../i18n/i18n.ts';
import { formatCount, formatTime } from '../format.ts';
import { TableScroll } from '../TableScroll.tsx';
import type { Device } from './device.ts';

/**
 * The tablets set up on this endpoint, newest first: who set each up and when, when it last sent, how many
 * responses it has sent, and whether it is still allowed to send. "Revoke" (for those allowed) names the
 * tablet, so a screen reader's list of buttons says which is which.
 */
export function DeviceTable({
  devices,
  canRevoke,
  onRevoke,
}: {
  devices: Device[];
  canRevoke: boolean;
  onRevoke: (device: Device) => void;
}) {
  return (
    <TableScroll captionId="devices-caption">
      <table class="table">
        <caption id="devices-caption" class="table__caption">
          {t('officer.devices.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('officer.devices.colLabel')}</th>
            <th scope="col">{t('channels.colPartner')}</th>
            <th scope="col">{t('officer.devices.colSetUp')}</th>
            <th scope="col">{t('officer.devices.colLastSeen')}</th>
            <th scope="col" class="table__number">
              {t('officer.devices.colResponses')}
            </th>
            <th scope="col">{t('officer.devices.colStatus')}</th>
            {canRevoke && (
              <th scope="col">
                <span class="visually-hidden">{t('officer.devices.colActions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id}>
              <th scope="row">{device.label}</th>
              <td>{device.partner ?? t('channels.noPartner')}</td>
              <td>
                {device.enrolledBy
                  ? t('officer.devices.setUpBy', { time: formatTime(device.enrolledAt), name: device.enrolledBy })
                  : formatTime(device.enrolledAt)}
              </td>
              <td>{device.lastSeenAt ? formatTime(device.lastSeenAt) : t('officer.devices.neverSeen')}</td>
              <td class="table__number">{formatCount(device.responsesReceived)}</td>
              <td>
                {device.revokedAt ? (
                  <strong class="tag tag--grey">
                    {t('officer.devices.revokedOn', { time: formatTime(device.revokedAt) })}
                  </strong>
                ) : (
                  <strong class="tag">{t('officer.devices.active')}</strong>
                )}
              </td>
              {canRevoke && (
                <td>
                  {!device.revokedAt && (
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      data-device={device.id}
                      onClick={() => onRevoke(device)}
                    >
                      {t('officer.devices.revoke')}
                      <span class="visually-hidden"> {device.label}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
