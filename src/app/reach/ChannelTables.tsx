import { conversationLanguageName } from '../../core/conversation-languages.ts';
import type { ReachReport } from '../../core/reach-report.ts';
import { t } from '../../i18n/i18n.ts';
import { ReachTable } from '../ReachTable.tsx';

const HELPED_BY: Record<string, () => string> = {
  staff: () => t('channels.assistedByStaff'),
  interpreter: () => t('channels.assistedByInterpreter'),
};

/**
 * Issue 8's parts of a reach report: responses by partner organisation, and assisted sessions by who helped
 * and by the language of the conversation (small groups suppressed by the endpoint, as everywhere).
 */
export function ChannelTables({ report }: { report: ReachReport }) {
  return (
    <>
      <ReachTable
        caption={t('channels.byPartnerCaption')}
        keyHeader={t('channels.colPartner')}
        groups={report.byPartner}
        label={(key) => key || t('channels.noPartner')}
      />
      {report.byAssistedBy.length > 0 && (
        <ReachTable
          caption={t('channels.byAssistedCaption')}
          keyHeader={t('channels.assistedHeader')}
          groups={report.byAssistedBy}
          label={(key) => HELPED_BY[key]?.() ?? key}
        />
      )}
      {report.byConversationLanguage.length > 0 && (
        <ReachTable
          caption={t('channels.byConversationCaption')}
          keyHeader={t('channels.conversationHeader')}
          groups={report.byConversationLanguage}
          label={conversationLanguageName}
        />
      )}
    </>
  );
}
