/**
 * The offerings to sort. Core, facilitating and supporting follow the lecture's definitions:
 * core is the basic benefit (the hotel's lodging, the airline's transport; a firm may have
 * several); facilitating services are needed to use the core (pick-up, booking); supporting
 * services add value or set the firm apart (toiletries, maps and guidebooks).
 */
import type { MixCase } from '../../../lib/service-mix.ts';

export const MIX_CASES: MixCase[] = [
  {
    id: 'hotel',
    title: { zh: '酒店', en: 'Hotel' },
    elements: [
      {
        id: 'room',
        group: 'core',
        text: { zh: '客房住宿：一间可以过夜的房间和一张床', en: 'A room and a bed for the night' },
        why: { zh: '这是顾客付钱想要的基本利益，也是酒店存在的意义。', en: 'It is the basic benefit guests pay for and the reason the hotel exists.' },
      },
      {
        id: 'booking',
        group: 'facilitating',
        text: { zh: '客房预订', en: 'Room reservations' },
        why: { zh: '没有预订，顾客无法确定能住进房间；它让核心服务可以被使用。', en: 'Without a booking the guest cannot count on a room: it makes the core usable.' },
      },
      {
        id: 'checkin',
        group: 'facilitating',
        text: { zh: '前台办理入住和退房', en: 'Check-in and check-out at the front desk' },
        why: { zh: '登记入住、拿到房卡之后才能使用客房，离开它就用不上核心服务。', en: 'The guest must be registered and given a key before using the room.' },
      },
      {
        id: 'pickup',
        group: 'facilitating',
        text: { zh: '机场接送', en: 'Airport pick-up and drop-off' },
        why: { zh: '讲义中便利服务的例子：把顾客送到核心服务面前。', en: "The lecture's own example of a facilitating service: it brings the guest to the core." },
      },
      {
        id: 'billing',
        group: 'facilitating',
        text: { zh: '结账付款', en: 'Billing and payment' },
        why: { zh: '不能付款就无法完成这次住宿，所以属于便利服务。', en: 'The stay cannot be completed without a way to pay, so it is facilitating.' },
      },
      {
        id: 'toiletries',
        group: 'supporting',
        text: { zh: '房间里的香皂、牙膏等洗漱用品', en: 'Soap, toothpaste and other toiletries in the room' },
        why: { zh: '讲义中辅助服务的例子：增加价值，但没有它照样可以住宿。', en: "The lecture's example of a supporting service: it adds value, yet the stay works without it." },
      },
      {
        id: 'maps',
        group: 'supporting',
        text: { zh: '供住客游览用的地图和旅游手册', en: 'Maps and guidebooks for sightseeing' },
        why: { zh: '讲义中的另一个辅助服务例子：为住客增添便利和价值。', en: "Another of the lecture's supporting examples: extra value for the guest." },
      },
      {
        id: 'gym',
        group: 'supporting',
        text: { zh: '健身房和游泳池', en: 'Fitness room and pool' },
        why: { zh: '让酒店与竞争者区别开来，但并非入住所必需。', en: 'It sets the hotel apart from rivals but is not needed to stay the night.' },
      },
      {
        id: 'turndown',
        group: 'supporting',
        text: { zh: '夜床服务', en: 'Evening turn-down service' },
        why: { zh: '一种增添价值、体现差异化的细节服务。', en: 'A detail that adds value and differentiates the hotel.' },
      },
    ],
  },
  {
    id: 'airline',
    title: { zh: '航空公司', en: 'Airline' },
    elements: [
      {
        id: 'transport',
        group: 'core',
        text: { zh: '把旅客从出发地运送到目的地', en: 'Flying passengers from where they are to where they want to go' },
        why: { zh: '航空公司提供的最基本利益：运输。', en: "The airline's basic benefit: transport." },
      },
      {
        id: 'cargo',
        group: 'core',
        text: { zh: '长途航空货运', en: 'Long-haul air freight' },
        why: { zh: '一家企业可以有多个核心服务：航空公司既运旅客，也运货物。', en: 'A firm can have several core services: an airline may carry both passengers and freight.' },
      },
      {
        id: 'ticketing',
        group: 'facilitating',
        text: { zh: '订票和出票', en: 'Booking and ticketing' },
        why: { zh: '讲义中便利服务的例子：没有机票就上不了飞机。', en: "The lecture's example of a facilitating service: no ticket, no flight." },
      },
      {
        id: 'checkin',
        group: 'facilitating',
        text: { zh: '值机，领取登机牌', en: 'Check-in and boarding passes' },
        why: { zh: '每位旅客都必须经过这一步才能登机。', en: 'Every passenger needs it to board.' },
      },
      {
        id: 'info',
        group: 'facilitating',
        text: { zh: '航班动态：起飞时间和登机口', en: 'Flight information: departure times and gates' },
        why: { zh: '旅客需要这些信息才能按时赶上航班。', en: 'Passengers need it to catch the flight at all.' },
      },
      {
        id: 'meals',
        group: 'supporting',
        text: { zh: '机上餐食和饮料', en: 'Meals and drinks on board' },
        why: { zh: '增加价值；不提供餐食的低成本航空照样能把你送到目的地。', en: 'Adds value: low-cost carriers drop it and still fly you there.' },
      },
      {
        id: 'entertainment',
        group: 'supporting',
        text: { zh: '机上娱乐系统', en: 'In-flight entertainment' },
        why: { zh: '让旅程更愉快，是差异化的手段，不是出行所必需。', en: 'Makes the journey pleasanter and differentiates; the trip does not need it.' },
      },
      {
        id: 'lounge',
        group: 'supporting',
        text: { zh: '机场贵宾休息室', en: 'Airport lounge' },
        why: { zh: '为部分旅客增添价值，与竞争者区别开来。', en: 'Extra value for some passengers, setting the airline apart.' },
      },
      {
        id: 'kit',
        group: 'supporting',
        text: { zh: '长途航班上的洗漱包', en: 'Amenity kit on long-haul flights' },
        why: { zh: '锦上添花的细节，不影响能否完成运输。', en: 'A nice touch that does not decide whether the journey happens.' },
      },
    ],
  },
  {
    id: 'hospital',
    title: { zh: '医院', en: 'Hospital' },
    elements: [
      {
        id: 'diagnosis',
        group: 'core',
        text: { zh: '医生的诊断', en: 'Diagnosis by a doctor' },
        why: { zh: '患者前来就医的根本目的。', en: 'The basic reason patients come.' },
      },
      {
        id: 'treatment',
        group: 'core',
        text: { zh: '治疗和手术', en: 'Treatment and surgery' },
        why: { zh: '与诊断一起构成医院的核心利益；核心服务可以不止一个。', en: "With diagnosis, the hospital's core benefit; there can be more than one core service." },
      },
      {
        id: 'registration',
        group: 'facilitating',
        text: { zh: '挂号和预约', en: 'Registration and appointments' },
        why: { zh: '不挂号就见不到医生，它让核心服务可以被使用。', en: 'Without registering, the patient cannot see a doctor.' },
      },
      {
        id: 'payment',
        group: 'facilitating',
        text: { zh: '收费和医保结算', en: 'Payment and insurance settlement' },
        why: { zh: '检查和治疗往往要先缴费，属于使用核心服务所必需的环节。', en: 'Tests and treatment usually need payment first: a step needed to use the core.' },
      },
      {
        id: 'signs',
        group: 'facilitating',
        text: { zh: '导诊台和院内指示牌', en: 'Guide desk and signposting' },
        why: { zh: '患者要先找到正确的科室，才能接受诊疗。', en: 'Patients must find the right department before they can be treated.' },
      },
      {
        id: 'wifi',
        group: 'supporting',
        text: { zh: '候诊区免费 Wi-Fi 和杂志', en: 'Free Wi-Fi and magazines in the waiting area' },
        why: { zh: '让等待更好过，增加价值，但不是诊疗所必需。', en: 'Makes waiting easier and adds value, but care does not depend on it.' },
      },
      {
        id: 'talks',
        group: 'supporting',
        text: { zh: '免费健康讲座', en: 'Free health talks' },
        why: { zh: '额外的价值，帮助医院与其他医院区别开来。', en: 'Extra value that helps set the hospital apart.' },
      },
      {
        id: 'cafe',
        group: 'supporting',
        text: { zh: '院内咖啡厅和便利店', en: 'Café and shop on site' },
        why: { zh: '方便患者和家属，但与能否得到诊疗无关。', en: 'Convenient for patients and families, but unrelated to getting care.' },
      },
      {
        id: 'bedside',
        group: 'supporting',
        text: { zh: '病房电视和陪护椅', en: 'Bedside TV and a recliner for relatives' },
        why: { zh: '让住院更舒适的附加服务。', en: 'An added comfort during a hospital stay.' },
      },
    ],
  },
];
