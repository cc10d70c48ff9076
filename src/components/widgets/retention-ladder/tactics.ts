/**
 * Retention tactics and their bonds, after the lecture's retention-strategy model: financial
 * (volume and frequency rewards, bundling and cross-selling, stable prices), social (continuous
 * and personal relationships, social bonds among customers), customisation (customer intimacy,
 * mass customisation, anticipation and innovation), structural (joint investment, shared
 * processes and equipment, integrated information systems).
 */
import type { Tactic } from '../../../lib/retention-ladder.ts';

export const TACTICS: Tactic[] = [
  {
    id: 'volume-discount',
    bond: 'financial',
    text: { zh: '大批量采购给予价格折扣', en: 'A discount for buying in volume' },
    why: { zh: '靠价格留住顾客，对手降价就能跟上。', en: 'It keeps customers with price, which a rival can match by cutting its own.' },
  },
  {
    id: 'loyalty-points',
    bond: 'financial',
    text: { zh: '常客积分奖励', en: 'Loyalty points for frequent customers' },
    why: { zh: '按购买量和频率给予奖励，属于经济上的激励。', en: 'A reward for how much and how often customers buy: a financial incentive.' },
  },
  {
    id: 'bundling',
    bond: 'financial',
    text: { zh: '捆绑销售和交叉销售', en: 'Bundling and cross-selling' },
    why: { zh: '买得越多越划算，仍然是价格上的联系。', en: 'The more they buy together, the better the price: still a price tie.' },
  },
  {
    id: 'stable-prices',
    bond: 'financial',
    text: { zh: '给长期顾客稳定的价格', en: 'Stable prices for long-standing customers' },
    why: { zh: '用较低或稳定的价格回报长期往来，属于财务联系。', en: 'Lower or steady prices in return for a long relationship: a financial bond.' },
  },
  {
    id: 'account-manager',
    bond: 'social',
    text: { zh: '为顾客配备专属客户经理', en: 'A personal account manager' },
    why: { zh: '通过人际关系维系顾客，比价格刺激更难模仿。', en: 'It keeps customers through a personal relationship, harder to copy than a price incentive.' },
  },
  {
    id: 'same-stylist',
    bond: 'social',
    text: { zh: '每次都由同一位发型师服务', en: 'The same stylist at every visit' },
    why: { zh: '持续的人际关系：顾客认的是这个人。', en: 'A continuing personal relationship: the customer is loyal to the person.' },
  },
  {
    id: 'customer-club',
    bond: 'social',
    text: { zh: '组织顾客俱乐部和交流活动', en: 'A customer club where customers meet each other' },
    why: { zh: '顾客之间的社会联系也会把他们留在企业身边。', en: 'Social ties among customers also keep them with the firm.' },
  },
  {
    id: 'mass-customisation',
    bond: 'customisation',
    text: { zh: '大规模定制：顾客自选配置的方案', en: 'Mass customisation: a plan each customer configures' },
    why: { zh: '以规模化的方式为每位顾客提供合身的方案。', en: 'It gives every customer a fitting solution, at scale.' },
  },
  {
    id: 'customer-intimacy',
    bond: 'customisation',
    text: { zh: '记住每位顾客的偏好（如常住客人的枕头）', en: "Remembering each customer's preferences (a regular guest's pillow)" },
    why: { zh: '熟悉个别顾客的情况，提供“一对一”的解决方案。', en: 'Knowing the individual customer well enough to offer one-to-one solutions.' },
  },
  {
    id: 'anticipation',
    bond: 'customisation',
    text: { zh: '预见顾客的需要，主动提出新方案', en: "Anticipating a customer's needs with new solutions" },
    why: { zh: '预见与革新：在顾客开口之前就为他量身设计。', en: 'Anticipation and innovation: a solution designed for the customer before they ask.' },
  },
  {
    id: 'shared-it',
    bond: 'structural',
    text: { zh: '与客户共享、打通的信息系统', en: "A shared IT system linked into the customer's own" },
    why: { zh: '整合的信息系统让双方深度绑定，竞争对手最难模仿。', en: 'Integrated information systems bind both sides deeply: hardest for a rival to copy.' },
  },
  {
    id: 'joint-investment',
    bond: 'structural',
    text: { zh: '与客户联合投资', en: 'A joint investment with the customer' },
    why: { zh: '共同投入的资源让离开的成本很高。', en: 'Resources invested together make leaving costly.' },
  },
  {
    id: 'shared-equipment',
    bond: 'structural',
    text: { zh: '共享流程和设备（如在客户处设立库房）', en: "Shared processes and equipment (a stockroom on the customer's site)" },
    why: { zh: '双方的流程连在一起，结构上难以拆开。', en: 'The two firms’ processes are joined up, which is structurally hard to undo.' },
  },
];
