/** Service productivity calculator text in both languages. */
const en = {
  title: 'Service productivity calculator',
  intro: 'Move the three levers of service productivity, or try a typical move, and see which lever moved the result.',
  noScript: 'This tool needs JavaScript.',
  formula: 'Service productivity = f(internal efficiency, external efficiency, capacity utilisation) = f(cost efficiency, revenue efficiency, capacity efficiency)',
  names: { internal: 'Internal efficiency', external: 'External efficiency', capacity: 'Capacity utilisation' },
  aka: { internal: 'cost efficiency', external: 'revenue efficiency', capacity: 'capacity efficiency' },
  help: {
    internal: 'How economically staff, equipment and systems turn inputs into the service.',
    external: 'How good customers find the result — and so what they pay and whether they return.',
    capacity: 'How much of the capacity you pay for (rooms, seats, staff hours) is actually used.',
  },
  baselineValue: 'baseline {n}%',
  indexLabel: 'Productivity index',
  indexOf: 'of 100',
  product: '{internal}% × {external}% × {capacity}%: the levers multiply, so a weak one drags the others down.',
  nothing: 'Move a lever or try a move to see what changes.',
  result: 'Productivity went from {before} to {after} ({change}).',
  driver: 'The biggest mover was {lever}: from {from}% to {to}% ({change} on its own).',
  against: '{list} moved the other way and held the result back.',
  trap: 'The cost-cutting trap: internal efficiency rose, but customers noticed the cuts and external efficiency fell. In services, cutting costs is not the same as raising productivity.',
  scenariosLabel: 'Try a typical move (from the baseline)',
  scenarios: {
    'cut-staff': { name: 'Cut front-line staff', note: 'Cost per customer falls, but queues grow and service feels rushed.' },
    'self-service': { name: 'Self-service kiosks', note: 'Customers do part of the work; done well, it is quicker for them too.' },
    'off-peak': { name: 'Reservations and off-peak prices', note: 'Demand moves into idle hours, so more of the capacity is used.' },
    training: { name: 'Train the staff', note: 'Costs a little, and customers get better service.' },
  },
  scenarioMoves: '({list})',
  keep: 'Keep as new baseline',
  kept: 'The current levers are the new baseline.',
};

const zh: typeof en = {
  title: '服务生产率计算器',
  intro: '调节服务生产率的三个杠杆,或试试几种典型做法,看看是哪一个杠杆推动了结果。',
  noScript: '此工具需要启用 JavaScript。',
  formula: '服务生产率 = f(内部效率,外部效率,能力利用率) = f(成本效率,收益效率,能力效率)',
  names: { internal: '内部效率', external: '外部效率', capacity: '能力利用率' },
  aka: { internal: '成本效率', external: '收益效率', capacity: '能力效率' },
  help: {
    internal: '员工、设备和系统把投入转化为服务的经济程度。',
    external: '顾客觉得服务结果有多好——决定了他们愿意付多少钱、会不会再来。',
    capacity: '你为之付费的能力(客房、座位、员工工时)实际用上了多少。',
  },
  baselineValue: '基准 {n}%',
  indexLabel: '生产率指数',
  indexOf: '/100',
  product: '{internal}% × {external}% × {capacity}%:三个杠杆相乘,任何一项偏弱都会拖累其他各项。',
  nothing: '调节一个杠杆或试一种做法,看看有什么变化。',
  result: '生产率从 {before} 变为 {after}({change})。',
  driver: '变化最大的是{lever}:从 {from}% 到 {to}%(单独来看 {change})。',
  against: '{list}朝相反方向变化,拖累了结果。',
  trap: '降本陷阱:内部效率提高了,但顾客察觉到削减,外部效率下降。在服务业,降低成本并不等于提高生产率。',
  scenariosLabel: '试一种典型做法(从基准出发)',
  scenarios: {
    'cut-staff': { name: '裁减一线员工', note: '每位顾客的成本下降,但排队变长,服务显得仓促。' },
    'self-service': { name: '自助服务终端', note: '顾客承担部分工作;设计得好,对顾客也更快。' },
    'off-peak': { name: '预约和淡时优惠价', note: '需求转移到空闲时段,更多的能力被利用。' },
    training: { name: '培训员工', note: '成本略增,顾客得到更好的服务。' },
  },
  scenarioMoves: '({list})',
  keep: '设为新的基准',
  kept: '当前各杠杆已设为新的基准。',
};

export const productivityStrings = { zh, en };
export type ProductivityStrings = typeof en;
