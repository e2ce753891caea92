/** What the device keeps of a response after the endpoint acknowledged it: never the answers. */
export interface Receipt {
  id: string;
  formId: string;
  formVersion: number;
  /** ISO time (device clock) the acknowledgement arrived. */
  sentAt: string;
  status: 'stored' | 'duplicate';
}
