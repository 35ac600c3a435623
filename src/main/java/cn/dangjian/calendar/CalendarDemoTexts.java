package cn.dangjian.calendar;

/** The fixed wording of the calendar demo: places, themes, minutes, leave reasons, volunteer services. */
final class CalendarDemoTexts {

    static final String[] PLACES = {"门诊楼8楼会议室", "住院部党员活动室", "行政楼三楼会议室", "科室示教室", "医院报告厅"};
    static final String[] THEMES = {
        "学习贯彻党的二十大精神", "重温入党誓词", "我为群众办实事", "红色教育基地参观", "清廉医院建设", "医德医风专题学习", "学雷锋志愿服务", "纪念建党", "党史学习教育", "安全生产警示教育"
    };
    static final String[] MINUTES = {
        "传达上级文件精神，研究部署本月支部工作。",
        "集中学习党的创新理论，党员交流学习体会。",
        "讨论科室服务流程改进，形成三项整改措施。",
        "通报党费收缴和发展党员工作情况。",
        "开展批评与自我批评，查摆问题并明确整改。",
        "围绕医疗质量安全开展专题研讨。"
    };
    static final String[] LEAVE = {"值班", "外出进修", "病假", "手术中", "出差"};
    static final String[] VOLUNTEER = {"社区义诊", "健康宣教进校园", "世界镇痛日义诊", "专家下沉坐诊", "无偿献血志愿服务"};

    private CalendarDemoTexts() {}
}
