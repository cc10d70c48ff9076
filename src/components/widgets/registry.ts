/**
 * Every widget the course has: its name (as used in `<Widget name>`), its title and one-line
 * purpose in both languages, and the lesson it belongs to. The tools pages list these.
 */
export interface WidgetInfo {
  name: string;
  lesson: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
}

export const widgets: WidgetInfo[] = [
  // One entry per widget, in syllabus order, e.g.
  // { name: 'swot', lesson: 'strategic-analysis', title: { zh: 'SWOT 分析器', en: 'SWOT builder' }, summary: { zh: '…', en: '…' } },
  { name: 'seven-p', lesson: 'marketing-mix', title: { zh: '7P 分析画布', en: '7P canvas' }, summary: { zh: '逐个 P 分析一个服务案例(酒店、咖啡馆、航空公司或自选),有引导问题和完成度。', en: 'Analyse a service case (hotel, café, airline or your own) one P at a time, with guiding prompts and a completeness meter.' } },
  { name: 'swot', lesson: 'strategic-analysis', title: { zh: 'SWOT 分析器', en: 'SWOT builder' }, summary: { zh: '填写优势、劣势、机会、威胁,再配对写出 SO、ST、WO、WT 战略;可对照酒店和快餐示例。', en: 'Fill in strengths, weaknesses, opportunities and threats, then pair them into SO, ST, WO and WT strategies; compare with a hotel and a fast-food example.' } },
  { name: 'five-forces', lesson: 'strategic-analysis', title: { zh: '五力评估', en: 'Five forces rater' }, summary: { zh: '为波特五力逐项打分并写下依据,得到雷达图和行业吸引力解读。', en: 'Rate each of Porter’s five forces with its evidence, and get a radar chart and a reading of the industry’s attractiveness.' } },
  { name: 'cost-service', lesson: 'strategic-analysis', title: { zh: '成本与服务水平', en: 'Cost vs service level' }, summary: { zh: '探索服务水平与成本关系的四种类型,以及每种类型适用的情形。', en: 'Explore the four patterns linking service level and cost, and when each applies.' } },
  { name: 'productivity', lesson: 'competitive-strategy', title: { zh: '服务生产率计算器', en: 'Service productivity calculator' }, summary: { zh: '调节内部效率、外部效率和能力利用率,看看是哪一项推动了生产率的变化。', en: 'Move internal efficiency, external efficiency and capacity utilisation, and see which lever moved productivity.' } },
  { name: 'price-quality', lesson: 'competitive-strategy', title: { zh: '价格—质量定位图', en: 'Price–quality position map' }, summary: { zh: '九种价格—质量定位:把品牌放上去,看定位名称和风险,理解为什么有些定位很脆弱。', en: 'The nine price–quality positions: place brands, see each position’s name and risk, and why some positions are fragile.' } },
  { name: 'positioning', lesson: 'competitive-strategy', title: { zh: '定位陈述生成器', en: 'Positioning statement builder' }, summary: { zh: '按“对(目标市场)而言,我们的(品牌)是(定位概念),即(独特之处)”写出定位陈述,并逐项检查。', en: 'Write a positioning statement from the template “For (target), our (brand) is (concept) that (difference)” and check it point by point.' } },
  { name: 'service-mix', lesson: 'service-offering', title: { zh: '服务组合分类器', en: 'Service mix sorter' }, summary: { zh: '把酒店、航空公司或医院的服务要素归入核心服务、便利服务和辅助服务，并查看每一项的理由。', en: "Sort a hotel's, an airline's or a hospital's elements into core, facilitating and supporting services, with the reason for each." } },
  { name: 'blueprint', lesson: 'service-process', title: { zh: '服务蓝图构建器', en: 'Service blueprint builder' }, summary: { zh: '把医疗体检或酒店住宿的服务步骤放进蓝图泳道，画出可视线，标出失误点和等待点，再与参考蓝图对照。', en: 'Place the steps of a medical check-up or a hotel stay into the lanes of a blueprint, with the line of visibility, fail points and waiting points, and compare with a model.' } },
  { name: 'queue', lesson: 'service-process', title: { zh: '排队模拟器', en: 'Queue simulator' }, summary: { zh: '模拟服务柜台的一天：到达率、服务台数量和服务时间决定实际等待多久，梅斯特的等待心理原则决定等待感觉多久。', en: "Simulate a day at a service counter: arrivals, servers and service time decide how long people wait; Maister's principles decide how long the wait feels." } },
  { name: 'satisfaction-gauge', lesson: 'service-process', title: { zh: '满意度仪表（S = P − E）', en: 'Satisfaction gauge (S = P − E)' }, summary: { zh: '为几个服务时刻设定期望与感知，看每个时刻和整体的满意度，以及第一印象的滚雪球效应。', en: 'Set expectation and perception for a few service moments to see satisfaction per moment and overall, and the snowball effect of first impressions.' } },
  { name: 'retention-ladder', lesson: 'relationship-marketing', title: { zh: '顾客保持阶梯', en: 'Retention ladder' }, summary: { zh: '把批量折扣、专属客户经理、大规模定制、共享信息系统等策略放到财务、社会、定制化和结构化四种联系上，看看对手模仿的难度。', en: 'Place tactics such as volume discounts, account managers, mass customisation and shared IT systems on the financial, social, customisation and structural bonds, and see how hard each is to copy.' } },
  { name: 'clv', lesson: 'customer-service', title: { zh: '顾客生命周期价值计算器', en: 'Customer lifetime value calculator' }, summary: { zh: '每次购买金额 × 每年光顾次数 × 固定顾客年限，可计毛利和折现；逐年图表比较两位顾客。', en: 'Spend per visit × visits per year × years retained, with optional margin and discount rate; a year-by-year chart compares two customers.' } },
  { name: 'recovery-scenario', lesson: 'service-recovery', title: { zh: '服务补救情景', en: 'Service recovery scenario' }, summary: { zh: '超额预订的酒店、延误的航班：每个选择对应一项补救策略或一个失误，满意度随之变化，复盘指出用到和漏掉的策略。', en: 'An overbooked hotel and a delayed flight: every choice maps to a recovery strategy or a mistake, a satisfaction meter moves, and the debrief names the strategies used and missed.' } },
];

export const widgetNames = () => widgets.map((w) => w.name);
