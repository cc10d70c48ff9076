/**
 * Model blueprints. The medical check-up follows the lecture's 21-step service script (steps
 * merged where the customer's actions run together, staff and support steps added); the hotel
 * stay is the classic textbook blueprint. Contact the customer hears but does not see (a phone
 * call) is backstage: below the line of visibility.
 */
import type { BlueprintCase } from '../../../lib/blueprint.ts';

export const BLUEPRINT_CASES: BlueprintCase[] = [
  {
    id: 'check-up',
    title: { zh: '医疗体检', en: 'Medical check-up' },
    steps: [
      { id: 'call', lane: 'customer', text: { zh: '打电话给体检中心，约定时间', en: 'Phone the centre and book a time' } },
      {
        id: 'take-call',
        lane: 'backstage',
        text: { zh: '接线员接听电话，安排预约', en: 'A clerk answers the call and books the slot' },
        why: { zh: '顾客听得见却看不见这位员工：电话接触在可视线以下。', en: 'The customer hears but does not see the clerk: phone contact is below the line of visibility.' },
      },
      {
        id: 'schedule',
        lane: 'support',
        text: { zh: '预约排班系统', en: 'Appointment scheduling system' },
        fail: { zh: '重复预约或预约丢失，顾客到了却没有名额。', en: 'Double bookings or lost appointments: the customer arrives to no slot.' },
      },
      {
        id: 'park',
        lane: 'customer',
        text: { zh: '驾车前往，寻找停车场并停车', en: 'Drive there, find the car park and park' },
        fail: { zh: '车位已满，顾客还没进门就开始着急。', en: 'The car park is full: the customer is stressed before reaching the door.' },
      },
      {
        id: 'find-way',
        lane: 'customer',
        text: { zh: '进入大楼，看指示牌、问路，乘电梯找到体检中心', en: 'Enter the building, read the signs, ask the way, take the lift' },
        fail: { zh: '指示不清，顾客迷路、迟到。', en: 'Unclear signs: the customer gets lost and arrives late.' },
      },
      {
        id: 'desk',
        lane: 'onstage',
        text: { zh: '前台核对预约，收取信用卡，请顾客填表', en: 'The front desk checks the booking, takes the card, hands over forms' },
        wait: { zh: '在行政管理桌前排队核对。', en: 'Queueing at the desk to check in.' },
      },
      {
        id: 'records',
        lane: 'backstage',
        text: { zh: '调取顾客档案，准备检查单', en: 'Staff pull the patient file and prepare the test list' },
        fail: { zh: '档案找不到或拿错，检查只能推迟。', en: 'The file is missing or mixed up, so the tests are delayed.' },
      },
      { id: 'waiting-room', lane: 'customer', text: { zh: '在等候区等待', en: 'Wait in the waiting area' }, wait: { zh: '剧本中明确的等待点：检查开始前的等待感觉最长。', en: 'The waiting point in the script: a wait before the service starts feels longest.' } },
      { id: 'vitals', lane: 'onstage', text: { zh: '技术人员带顾客进入检查区，测脉搏、血压、体温', en: 'A technician leads the patient in and checks pulse, blood pressure and temperature' } },
      { id: 'doctor', lane: 'onstage', text: { zh: '医生与顾客见面，讨论健康状况', en: 'The doctor meets the patient and discusses their health' } },
      {
        id: 'tests',
        lane: 'onstage',
        text: { zh: '进行一系列检查（抽血、心电图等）', en: 'A series of tests (blood sample, ECG…)' },
        wait: { zh: '各项检查之间的等待。', en: 'Waiting between one test and the next.' },
      },
      {
        id: 'lab',
        lane: 'support',
        text: { zh: '化验室分析样本', en: 'The laboratory analyses the samples' },
        fail: { zh: '样本贴错标签或丢失，需要重新抽血。', en: 'A sample is mislabelled or lost and must be taken again.' },
      },
      {
        id: 'pay',
        lane: 'customer',
        text: { zh: '与医生道别，付款并离开', en: 'Say goodbye to the doctor, pay and leave' },
        wait: { zh: '在收费处排队；过程后的等待同样显得漫长。', en: 'Queueing to pay: a wait after the service also feels long.' },
      },
      { id: 'billing', lane: 'support', text: { zh: '收费系统开具账单', en: 'The billing system issues the bill' } },
      { id: 'report', lane: 'backstage', text: { zh: '医生审阅化验结果，撰写报告', en: 'The doctor reviews the lab results and writes the report' } },
      {
        id: 'results',
        lane: 'customer',
        text: { zh: '等待并收到检查结果，阅读后做出反应', en: 'Wait for the results, receive them and react' },
        wait: { zh: '等待结果时的焦虑会让等待显得更长。', en: 'Anxiety while waiting for results makes the wait seem longer.' },
      },
      { id: 'follow-up', lane: 'customer', text: { zh: '如有需要，打电话约定后续治疗', en: 'If needed, phone to book follow-up treatment' } },
    ],
  },
  {
    id: 'hotel',
    title: { zh: '酒店住宿', en: 'Hotel stay' },
    steps: [
      { id: 'arrive', lane: 'customer', text: { zh: '到达酒店', en: 'Arrive at the hotel' } },
      { id: 'greet', lane: 'onstage', text: { zh: '门童迎接并接过行李', en: 'The doorman greets the guest and takes the bags' } },
      {
        id: 'check-in',
        lane: 'customer',
        text: { zh: '在前台办理入住', en: 'Check in at the front desk' },
        wait: { zh: '长途旅行后在前台排队。', en: 'Queueing at the desk after a long journey.' },
      },
      { id: 'register', lane: 'onstage', text: { zh: '前台员工办理登记，交给房卡', en: 'The clerk registers the guest and hands over the key card' } },
      {
        id: 'reservations',
        lane: 'support',
        text: { zh: '预订与登记系统', en: 'Reservation and registration system' },
        fail: { zh: '预订记录找不到，或房间还没打扫好。', en: 'The booking cannot be found, or the room is not ready.' },
      },
      {
        id: 'bags-up',
        lane: 'backstage',
        text: { zh: '行李员把行李送到房间', en: 'The porter takes the bags up to the room' },
        why: { zh: '这项工作在顾客视线之外完成。', en: 'It happens out of the guest’s sight.' },
        fail: { zh: '行李送错房间或送得太慢。', en: 'Bags go to the wrong room or arrive late.' },
      },
      { id: 'room', lane: 'customer', text: { zh: '进入房间，收到行李', en: 'Go to the room and receive the bags' } },
      { id: 'order', lane: 'customer', text: { zh: '打电话点客房送餐', en: 'Phone room service to order food' } },
      {
        id: 'take-order',
        lane: 'backstage',
        text: { zh: '接线员接受点餐', en: 'The order-taker takes the order by phone' },
        why: { zh: '顾客听得见却看不见这位员工：电话接触在可视线以下。', en: 'The guest hears but does not see the order-taker: phone contact is below the line of visibility.' },
      },
      {
        id: 'kitchen',
        lane: 'support',
        text: { zh: '厨房准备餐食', en: 'The kitchen prepares the food' },
        fail: { zh: '菜品做错或送到时已经凉了。', en: 'The wrong dish, or food that arrives cold.' },
      },
      {
        id: 'deliver',
        lane: 'onstage',
        text: { zh: '服务员把餐食送进房间', en: 'A waiter brings the food to the room' },
        wait: { zh: '等待送餐：说明需要多久会让等待好受得多。', en: 'Waiting for room service: saying how long it will take makes the wait easier.' },
      },
      { id: 'sleep', lane: 'customer', text: { zh: '用餐、休息、睡觉', en: 'Eat, rest and sleep' } },
      { id: 'check-out', lane: 'customer', text: { zh: '退房离店', en: 'Check out and leave' } },
      {
        id: 'process-out',
        lane: 'onstage',
        text: { zh: '前台办理退房，打印账单', en: 'The clerk processes check-out and prints the bill' },
        wait: { zh: '早上退房高峰时排队。', en: 'Queueing at the morning check-out peak.' },
      },
      {
        id: 'accounts',
        lane: 'support',
        text: { zh: '账务系统结算', en: 'The accounting system settles the bill' },
        fail: { zh: '账单上出现没有消费过的项目。', en: 'Charges the guest never incurred appear on the bill.' },
      },
    ],
  },
];
