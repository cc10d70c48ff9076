/** Service moments to rate, in the order the customer lives them; starting ratings show a weak start. */
import type { GaugeCase } from '../../../lib/satisfaction.ts';

export const GAUGE_CASES: GaugeCase[] = [
  {
    id: 'restaurant',
    title: { zh: '餐厅晚餐', en: 'Dinner at a restaurant' },
    moments: [
      { label: { zh: '进门迎客', en: 'Welcome at the door' }, e: 7, p: 4 },
      { label: { zh: '等位', en: 'Waiting for a table' }, e: 5, p: 5 },
      { label: { zh: '用餐', en: 'The meal' }, e: 8, p: 9 },
      { label: { zh: '结账送客', en: 'The bill and goodbye' }, e: 6, p: 7 },
    ],
  },
  {
    id: 'check-up',
    title: { zh: '医疗体检', en: 'Medical check-up' },
    moments: [
      { label: { zh: '电话预约', en: 'Booking by phone' }, e: 6, p: 6 },
      { label: { zh: '前台登记', en: 'Reception desk' }, e: 7, p: 5 },
      { label: { zh: '等候区等待', en: 'Waiting room' }, e: 4, p: 3 },
      { label: { zh: '医生检查', en: 'Examination by the doctor' }, e: 8, p: 8 },
      { label: { zh: '收到结果', en: 'Receiving the results' }, e: 7, p: 7 },
    ],
  },
  {
    id: 'hotel',
    title: { zh: '酒店住宿', en: 'Hotel stay' },
    moments: [
      { label: { zh: '入住登记', en: 'Check-in' }, e: 7, p: 8 },
      { label: { zh: '客房', en: 'The room' }, e: 8, p: 7 },
      { label: { zh: '早餐', en: 'Breakfast' }, e: 6, p: 6 },
      { label: { zh: '退房', en: 'Check-out' }, e: 6, p: 4 },
    ],
  },
];
