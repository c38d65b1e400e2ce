import { type ConceptLexicon, wordList } from "./concept-lexicon.js";

// Short words of a school office, by concept. They are features for the intent model and the source of the
// shared fact extractors; a flow adds its own words through its declaration.

export const equipmentWords: ConceptLexicon = {
  id: "equipment",
  words: wordList(
    "投影仪、投影、幕布、电脑、一体机、电子白板、白板、黑板、话筒、麦克风、音响、喇叭、功放、打印机、复印机、扫描仪、空调、灯管、灯、插座、开关、水龙头、水管、下水道、马桶、门锁、门、锁、窗户、窗、玻璃、桌子、椅子、课桌、电梯、网络、无线、wifi、路由器、网线、电话、饮水机、热水器、淋浴、风扇、暖气、监控、广播、电铃、钢琴、篮球架、显示器、键盘、鼠标、电视、窗帘、天花板、水池、projector、screen、computer、laptop、printer、air conditioner、aircon、light、lamp、socket、door、lock、window、tap、toilet、elevator、lift、network、internet、heater、fan、speaker、microphone、whiteboard",
  ),
};

export const symptomWords: ConceptLexicon = {
  id: "symptom",
  words: wordList(
    "坏了、坏、不亮、不响、没声音、杂音、噪音、漏水、漏、渗水、滴水、堵、不通、打不开、开不了、开不开、关不上、关不了、没反应、失灵、故障、跳闸、停电、断电、一闪一闪、闪、异响、卡住、卡、裂、碎、掉了、松动、冒烟、火花、不制冷、不制热、没热水、没有热水、连不上、上不了网、黑屏、花屏、无信号、蓝屏、断了、脱落、生锈、不出水、不转、不能用、用不了、broken、not working、doesn't work、does not work、won't、leak、leaking、flicker、flickering、stuck、cracked、no signal、dead、faulty、noisy、blocked",
  ),
};

export const dissatisfactionWords: ConceptLexicon = {
  id: "dissatisfaction",
  words: wordList(
    "投诉、不满、不满意、态度、太差、很差、差劲、太慢、没人管、没人处理、没人理、敷衍、推诿、意见很大、反映一个问题、反映、太咸、难吃、经常、总是、老是、晚点、不合理、乱收费、吵、不像话、拖了、complain、complaint、rude、rudely、unacceptable、terrible、always late、poor service、unhappy",
  ),
};

export const suggestionWords: ConceptLexicon = {
  id: "suggestion",
  words: wordList(
    "建议、希望、能不能、可否、最好能、增加、增设、多设、改进、提议、提个意见、suggest、suggestion、would be nice、propose、proposal、idea、could the school",
  ),
};

export const publishingWords: ConceptLexicon = {
  id: "publishing",
  words: wordList(
    "公众号、公告栏、宣传栏、电子屏、大屏、led屏、校园网、官网、通知、公告、公示、标语、横幅、发布、张贴、推送、notice、announcement、bulletin、e-screen、official account、publish、post a notice、put up",
  ),
};

export const stationeryWords: ConceptLexicon = {
  id: "stationery",
  words: wordList(
    "办公文具、办公用品、文具、a4纸、a3纸、复印纸、打印纸、签字笔、中性笔、圆珠笔、白板笔、记号笔、荧光笔、笔芯、文件夹、档案盒、文件袋、订书机、订书钉、回形针、燕尾夹、长尾夹、便利贴、便签、胶水、胶带、双面胶、剪刀、墨盒、硒鼓、碳粉、墨粉、笔记本、信封、u盘、计算器、垃圾袋、纸巾、staples、stapler、paper、pens、pen、folder、sticky notes、envelope、toner、ink cartridge、marker、usb drive",
  ),
};

export const teachingConsumableWords: ConceptLexicon = {
  id: "teachingConsumable",
  words: wordList(
    "教学耗材、实验耗材、粉笔、板擦、黑板擦、教具、实验器材、试剂、试管、烧杯、导线、电池、颜料、画纸、宣纸、素描纸、彩泥、跳绳、标本、砝码、量筒、chalk、lab supplies、reagent、paint、drawing paper、test tubes、batteries",
  ),
};

export const placeWords: ConceptLexicon = {
  id: "place",
  words: wordList(
    "教学楼、行政楼、实验楼、综合楼、科技楼、办公楼、图书馆、体育馆、食堂、宿舍、报告厅、大厅、走廊、楼梯、厕所、卫生间、操场、门口、办公室、教室、实验室、机房、更衣室、阅览室、楼、层、室、班、馆、厅、classroom、office、lab、hall、corridor、toilets、gym、library、canteen、playground、staff room",
  ),
};

export const meetingWords: ConceptLexicon = {
  id: "meeting",
  words: wordList(
    "开会、会议、会场、布置、主席台、桌签、座签、茶水、签到、议程、典礼、仪式、大会、联席、协调会、座谈会、会务、家长会、表彰、教代会、行政会、venue、agenda、ceremony、set up、arrange、staff meeting",
  ),
};

export const bookingWords: ConceptLexicon = {
  id: "booking",
  words: wordList(
    "借、借用、预约、预订、预定、订一下、用一下、空闲、有空、容纳、会议室、场地、book、reserve、available、free room",
  ),
};

export const printingWords: ConceptLexicon = {
  id: "printing",
  words: wordList(
    "打印、复印、印刷、彩印、印一下、印、装订、扫描、双面、单面、试卷、练习卷、copies、print、photocopy、bind、scan",
  ),
};

export const documentWords: ConceptLexicon = {
  id: "document",
  words: wordList(
    "公文、文件、收文、发文、来文、红头、函、盖章、用印、归档、档案、登记、机要、报送、official document、archive、letter、stamp、seal",
  ),
};

export const requestWords: ConceptLexicon = {
  id: "request",
  words: wordList(
    "领、领用、申领、领取、申请、没了、用完、不够、补充、采购、发放、一盒、一包、几支、run out、ran out、need some、request",
  ),
};

/** Everything the intent model reads as concepts. */
export const schoolLexicons: readonly ConceptLexicon[] = [
  equipmentWords,
  symptomWords,
  dissatisfactionWords,
  suggestionWords,
  publishingWords,
  stationeryWords,
  teachingConsumableWords,
  placeWords,
  meetingWords,
  bookingWords,
  printingWords,
  documentWords,
  requestWords,
];
