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
];

export const widgetNames = () => widgets.map((w) => w.name);
