import type { TabletChannel } from '../../db/tablet-setup.ts';
import { t } from '../../i18n/i18n.ts';

/** A channel's name for staff (the same words the reach page uses). */
export function channelName(channel: TabletChannel): string {
  switch (channel) {
    case 'kiosk':
      return t('setup.channelKiosk');
    case 'assisted':
      return t('setup.channelAssisted');
    case 'self':
      return t('setup.channelSelf');
  }
}

/** What choosing the channel means, in a sentence. */
export function channelDescription(channel: TabletChannel): string {
  switch (channel) {
    case 'kiosk':
      return t('setup.channelKioskHint');
    case 'assisted':
      return t('setup.channelAssistedHint');
    case 'self':
      return t('setup.channelSelfHint');
  }
}
