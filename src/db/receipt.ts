/** What the device keeps of a response (or registration) after the endpoint acknowledged it: never the content. */
export type Receipt = {
  id: string;
  /** ISO time (device clock) the acknowledgement arrived. */
  sentAt: string;
  status: 'stored' | 'duplicate';
} & (
  | { formId: string; formVersion: number; opportunityId?: undefined }
  | { opportunityId: string; formId?: undefined }
);
