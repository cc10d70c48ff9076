/** Cost vs service level explorer text in both languages. */
const en = {
  title: 'Cost vs service level',
  intro: 'As a rule a higher service level costs more, and each extra point costs more than the last. Move away from today’s position and see which of the four patterns your move is, and when it applies.',
  noScript: 'This tool needs JavaScript.',
  service: 'Service level',
  cost: 'Cost',
  costAxis: 'Cost (today = 100)',
  today: 'Today',
  newPosition: 'New',
  chartTitle: 'Cost against service level',
  chartDesc: 'Today: service level 80%, cost 100. New position: service level {s}%, cost {c}. The curve is what today’s way of working costs at each service level.',
  serviceSlider: 'New service level (%)',
  costSlider: 'New cost (today = 100)',
  move: 'Your move: service level {ds} points, cost {dc}.',
  patternsLabel: 'The four patterns',
  whenLabel: 'When it applies:',
  exampleLabel: 'Example:',
  patterns: {
    'cut-cost': {
      name: 'Same service, lower cost',
      when: 'When today’s service level is what target customers want: find the waste and remove it — standardise, streamline, share resources. The usual aim of a cost-leadership strategy.',
      example: 'A hotel group centralises laundry and purchasing; guests notice no difference.',
    },
    'more-service': {
      name: 'Better service, same cost',
      when: 'When the budget is fixed but customers want more: spend the same money better — move staff to peak hours, train them, fix the fail points in the process.',
      example: 'A bank moves back-office staff to the counters at lunchtime.',
    },
    'pay-for-service': {
      name: 'Better service, higher cost',
      when: 'The usual relationship: to stand out on service, or when rivals raise the bar. Worth it only if customers value the gain enough to pay more or stay longer — and the last points of service are the dearest.',
      example: 'An airline adds lounges and more cabin crew for business-class passengers.',
    },
    breakthrough: {
      name: 'Better service, lower cost',
      when: 'The ideal, and rare: it takes a new way of working — technology, self-service, a redesigned process — that moves the whole cost curve down.',
      example: 'Online check-in: passengers skip the queue and the airline needs fewer counters.',
    },
  },
  outcomes: {
    none: 'No change yet: move a slider or choose a pattern.',
    'trade-down': 'Lower cost bought with lower service: not one of the four patterns. It slides down today’s curve and risks losing customers, so it makes sense only if they did not value what was cut.',
    waste: 'Higher cost for the same service: money spent that customers never see.',
    worse: 'Worse service and no saving: the worst of both.',
  },
  fit: {
    below: 'The new position lies below today’s cost curve: today’s way of working cannot reach it, so it needs a change of process or technology.',
    on: 'The new position lies on today’s cost curve: reachable by doing more or less of what you do now.',
    above: 'The new position lies above today’s cost curve: it costs more than today’s process needs for that service level.',
  },
  balance: 'Aim for balance, not the maximum: the right service level is the one target customers value, at the lowest cost that delivers it.',
};

const zh: typeof en = {
  title: '成本与服务水平',
  intro: '一般来说,服务水平越高成本越高,而且每提高一点,付出的成本比上一点更多。从现在的位置出发调整,看看你的做法属于四种类型中的哪一种,以及它适用于什么情形。',
  noScript: '此工具需要启用 JavaScript。',
  service: '服务水平',
  cost: '成本',
  costAxis: '成本(现在 = 100)',
  today: '现在',
  newPosition: '新位置',
  chartTitle: '成本与服务水平关系图',
  chartDesc: '现在:服务水平 80%,成本 100。新位置:服务水平 {s}%,成本 {c}。曲线表示按现有做法,在各个服务水平上需要的成本。',
  serviceSlider: '新的服务水平(%)',
  costSlider: '新的成本(现在 = 100)',
  move: '你的调整:服务水平 {ds} 个百分点,成本 {dc}。',
  patternsLabel: '四种类型',
  whenLabel: '适用情形:',
  exampleLabel: '例子:',
  patterns: {
    'cut-cost': {
      name: '服务水平不变,成本降低',
      when: '现有服务水平正是目标顾客想要的:找出浪费并消除——标准化、简化流程、共享资源。这通常是成本领先战略的目标。',
      example: '连锁酒店集中洗涤和采购,客人感觉不到任何差别。',
    },
    'more-service': {
      name: '成本不变,服务水平提高',
      when: '预算固定而顾客要求更高:把同样的钱花得更好——把员工调到高峰时段、加强培训、消除流程中的失误点。',
      example: '银行在午间把后台员工调到柜台。',
    },
    'pay-for-service': {
      name: '服务水平提高,成本增加',
      when: '最常见的关系:靠服务形成差异,或竞争对手提高了标准。只有当顾客足够看重这份提升、愿意多付钱或更长久地留下时才值得;而最后几个百分点的服务最昂贵。',
      example: '航空公司为公务舱旅客增设贵宾室、增加乘务员。',
    },
    breakthrough: {
      name: '服务水平提高,成本降低',
      when: '理想但少见:需要一种新的做法——技术、自助服务、重新设计的流程——把整条成本曲线向下移动。',
      example: '网上值机:旅客不用排队,航空公司也需要更少的柜台。',
    },
  },
  outcomes: {
    none: '还没有调整:拖动滑块或选择一种类型。',
    'trade-down': '靠降低服务水平来降低成本:不属于四种类型。它沿现有曲线向下滑,有流失顾客的风险,只有当顾客并不看重被削减的服务时才合理。',
    waste: '服务水平不变而成本增加:花了钱,顾客却看不到。',
    worse: '服务变差却没有节省:两头都输。',
  },
  fit: {
    below: '新位置在现有成本曲线下方:现有做法达不到,需要改变流程或技术。',
    on: '新位置在现有成本曲线上:多做或少做现在在做的事就能达到。',
    above: '新位置在现有成本曲线上方:为这一服务水平花的钱比现有流程所需的更多。',
  },
  balance: '追求均衡,而不是最高:合适的服务水平是目标顾客看重的水平,并以能实现它的最低成本来提供。',
};

export const costServiceStrings = { zh, en };
export type CostServiceStrings = typeof en;
