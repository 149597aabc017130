package org.sortes.directory.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Inspector;
import org.sortes.directory.Register;
import org.sortes.directory.Uscc;

/**
 * A realistic demo: a Gansu-like province with real county codes, market subjects with valid
 * USCCs, inspectors of four departments (some certificates expired) and eight spot-check items
 * with their legal basis. Generated from a fixed seed, so every newcomer sees the same data.
 */
public final class DemoWorkspace {
    public static final String SEED = "sortes-demo-gansu-2026";
    /** The day the demo is "as of": certificates expire relative to it. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    record County(String code, String name, String city) {
    }

    static final List<County> COUNTIES = List.of(
            new County("620102", "城关区", "兰州"), new County("620103", "七里河区", "兰州"),
            new County("620104", "西固区", "兰州"), new County("620105", "安宁区", "兰州"),
            new County("620111", "红古区", "兰州"), new County("620121", "永登县", "兰州"),
            new County("620122", "皋兰县", "兰州"), new County("620123", "榆中县", "兰州"),
            new County("620302", "金川区", "金昌"), new County("620321", "永昌县", "金昌"),
            new County("620402", "白银区", "白银"), new County("620421", "靖远县", "白银"),
            new County("620502", "秦州区", "天水"), new County("620503", "麦积区", "天水"),
            new County("620522", "秦安县", "天水"), new County("620523", "甘谷县", "天水"),
            new County("620602", "凉州区", "武威"), new County("620621", "民勤县", "武威"),
            new County("620702", "甘州区", "张掖"), new County("620723", "临泽县", "张掖"),
            new County("620802", "崆峒区", "平凉"), new County("620826", "静宁县", "平凉"),
            new County("620902", "肃州区", "酒泉"), new County("620982", "敦煌市", "酒泉"),
            new County("621002", "西峰区", "庆阳"), new County("621102", "安定区", "定西"),
            new County("621122", "陇西县", "定西"), new County("621202", "武都区", "陇南"),
            new County("622901", "临夏市", "临夏"), new County("623001", "合作市", "甘南"));

    private static final List<String> BRAND = List.of("金城", "陇原", "丝路", "黄河", "祁连", "敦煌", "河西",
            "崆峒", "麦积", "伏羲", "飞天", "雪域", "马家窑", "陇上", "西部", "天马", "金川", "嘉峪", "皋兰",
            "鸿瑞", "华盛", "兴达", "德顺", "永泰", "恒通", "福源", "瑞丰", "宏远", "万家", "百川", "聚源",
            "汇通", "长乐", "安康", "和顺", "吉祥", "丰裕", "锦绣", "泰和", "荣昌");
    record Trade(String industry, String word, List<String> tags) {
    }

    private static final List<Trade> TRADES = List.of(
            new Trade("批发和零售业", "商贸", List.of()),
            new Trade("批发和零售业", "百货", List.of()),
            new Trade("批发和零售业", "医药", List.of("药品经营")),
            new Trade("住宿和餐饮业", "餐饮", List.of("食品经营")),
            new Trade("住宿和餐饮业", "牛肉面", List.of("食品经营")),
            new Trade("住宿和餐饮业", "酒店", List.of("食品经营")),
            new Trade("制造业", "食品", List.of("食品生产")),
            new Trade("制造业", "农产品加工", List.of("食品生产")),
            new Trade("制造业", "建材", List.of("工业产品生产许可")),
            new Trade("制造业", "化工", List.of("危险化学品", "工业产品生产许可")),
            new Trade("建筑业", "建筑工程", List.of()),
            new Trade("交通运输、仓储和邮政业", "物流", List.of()),
            new Trade("信息传输、软件和信息技术服务业", "信息技术", List.of()),
            new Trade("租赁和商务服务业", "广告", List.of("广告发布")),
            new Trade("居民服务、修理和其他服务业", "汽车维修", List.of()),
            new Trade("农、林、牧、渔业", "种养殖", List.of()),
            new Trade("文化、体育和娱乐业", "文化传媒", List.of()),
            new Trade("卫生和社会工作", "诊所", List.of("医疗机构")));
    private static final int[] TRADE_WEIGHTS = {14, 8, 5, 12, 8, 4, 5, 4, 3, 2, 4, 4, 4, 3, 5, 4, 3, 2};

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "马", "周",
            "何", "郭", "罗", "高", "林", "孙", "胡", "朱", "徐", "魏", "冯", "苏", "宋", "韩", "唐", "安", "包", "蔡");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "海燕", "志强", "玉梅", "文博",
            "晓东", "红", "鹏", "丽", "斌", "彦军", "国庆", "雪莲", "永福", "晓燕", "宏伟");
    private static final List<String> STREETS = List.of("庆阳路", "张掖路", "酒泉路", "天水南路", "东岗西路",
            "西津东路", "南滨河路", "民主西路", "中山路", "解放路", "人民路", "建设路", "新华路", "滨河路", "北京路",
            "五一路", "东关街", "西大街", "南关路", "文化路");

    /** A demo department; its office phone and address are made up, in the province's format. */
    record Dept(String name, String shortName, String prefix, String contact, String phone, String address) {
    }

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept("甘肃省市场监督管理局", "市场监管局", "62SJ", "执法稽查局", "0931-8100001", "兰州市城关区演示路1号"),
            new Dept("甘肃省生态环境厅", "生态环境厅", "62HJ", "生态环境执法局", "0931-8100002", "兰州市城关区演示路2号"),
            new Dept("甘肃省应急管理厅", "应急管理厅", "62YJ", "执法监督处", "0931-8100003", "兰州市城关区演示路3号"),
            new Dept("甘肃省卫生健康委员会", "卫生健康委", "62WJ", "综合监督处", "0931-8100004", "兰州市城关区演示路4号"));

    private final int subjectCount;

    public DemoWorkspace(int subjectCount) {
        this.subjectCount = subjectCount;
    }

    /** The demo as shipped: 3,000 market subjects. */
    public static DemoWorkspace standard() {
        return new DemoWorkspace(3000);
    }

    public List<DirectoryRecord> departments() {
        List<DirectoryRecord> out = new ArrayList<>();
        for (Dept d : DEPARTMENTS) {
            out.add(DirectoryRecord.of(Register.DEPARTMENTS, new String[] {d.name(), d.shortName(), "620000", null,
                    d.contact(), d.phone(), d.address()}));
        }
        return out;
    }

    public List<DirectoryRecord> subjects() {
        DemoNumbers n = new DemoNumbers(SEED + "/subjects");
        List<DirectoryRecord> out = new ArrayList<>(subjectCount);
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < subjectCount; i++) {
            County county = n.weighted(COUNTIES, countyWeights());
            Trade trade = n.weighted(TRADES, TRADE_WEIGHTS);
            String form = n.weighted(List.of("company", "individual", "coop", "branch"), new int[] {62, 30, 4, 4});
            String brand = n.pick(BRAND) + (n.percent(40) ? n.pick(BRAND).substring(0, 1) : "");
            String name = switch (form) {
                case "individual" -> county.name() + brand + trade.word() + (trade.word().equals("牛肉面") ? "馆" : "店");
                case "coop" -> county.name() + brand + "种养殖农民专业合作社";
                case "branch" -> "甘肃" + brand + trade.word() + "有限公司" + county.name() + "分公司";
                default -> county.city() + brand + trade.word() + (n.percent(15) ? "股份" : "") + "有限公司";
            };
            if (!names.add(name)) {
                name = name.replace("有限公司", "有限责任公司");
                if (!names.add(name)) {
                    name = name + "（" + (i + 1) + "）";
                    names.add(name);
                }
            }
            String type = switch (form) {
                case "individual" -> "个体工商户";
                case "coop" -> "农民专业合作社";
                case "branch" -> "有限责任公司分公司";
                default -> name.contains("股份") ? "股份有限公司" : "有限责任公司(自然人投资或控股)";
            };
            String category = switch (form) {
                case "individual" -> "92";
                case "coop" -> "93";
                default -> "91";
            };
            String uscc;
            do {
                StringBuilder org = new StringBuilder();
                org.append(Uscc.ALPHABET.charAt(n.below(10)));
                for (int k = 0; k < 8; k++) {
                    org.append(Uscc.ALPHABET.charAt(n.below(Uscc.ALPHABET.length())));
                }
                String first17 = category + county.code() + org;
                uscc = first17 + Uscc.checkCharacter(first17);
            } while (!codes.add(uscc));
            boolean legacy = form.equals("individual") && n.percent(6);
            String regNo = legacy ? county.code() + String.format("6%08d", n.below(100_000_000)) : null;
            LocalDate established = AS_OF.minusDays(60 + n.below(365 * 18));
            String status = n.weighted(List.of("存续", "在业", "注销", "吊销", "迁出"), new int[] {70, 22, 4, 2, 2});
            String risk = n.weighted(List.of("A", "B", "C", "D"), new int[] {22, 55, 17, 6});
            boolean abnormal = n.percent(risk.equals("D") ? 40 : risk.equals("C") ? 10 : 2);
            boolean serious = n.percent(risk.equals("D") ? 12 : 0);
            int complaints = n.percent(75) ? 0 : 1 + n.below(n.percent(15) ? 12 : 3);
            LocalDate lastInspected = n.percent(45) ? AS_OF.minusDays(20 + n.below(900)) : null;
            String legalRep = n.pick(SURNAMES) + n.pick(GIVEN);
            String address = "甘肃省" + county.city() + "市" + county.name() + n.pick(STREETS) + (1 + n.below(480)) + "号";
            List<String> tags = new ArrayList<>(trade.tags());
            if (n.percent(3)) {
                tags.add("重点监管");
            }
            out.add(DirectoryRecord.of(Register.SUBJECTS, new String[] {
                legacy ? null : uscc, regNo, name, type, trade.industry(), county.code(), address, legalRep, status,
                established.toString(), risk, abnormal ? "1" : "0", serious ? "1" : "0",
                Integer.toString(complaints), lastInspected == null ? null : lastInspected.toString(),
                tags.isEmpty() ? null : String.join(";", tags), null}));
        }
        return out;
    }

    private static int[] countyWeights() {
        int[] w = new int[COUNTIES.size()];
        for (int i = 0; i < w.length; i++) {
            // the provincial capital's districts hold more businesses
            w[i] = COUNTIES.get(i).city().equals("兰州") ? 6 : 3;
        }
        return w;
    }

    /** Inspectors of four departments, with some conflicts against the given subjects. */
    public List<DirectoryRecord> inspectors(List<DirectoryRecord> subjects) {
        DemoNumbers n = new DemoNumbers(SEED + "/inspectors");
        int[] perDept = {48, 18, 16, 14};
        List<DirectoryRecord> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Dept dept = DEPARTMENTS.get(d);
            for (int i = 0; i < perDept[d]; i++) {
                County county = n.pick(COUNTIES);
                String name;
                do {
                    name = n.pick(SURNAMES) + n.pick(GIVEN);
                } while (!names.add(name));
                String cert = dept.prefix() + county.code().substring(2, 4) + String.format("%05d", 1001 + i * 7 + d);
                LocalDate validUntil = n.percent(12) ? AS_OF.minusDays(1 + n.below(300)) : AS_OF.plusDays(30 + n.below(1500));
                String unit = county.city() + "市" + county.name() + dept.shortName().replace("厅", "局").replace("委", "局");
                String specialties = switch (d) {
                    case 0 -> n.pick(List.of("食品安全", "特种设备", "产品质量", "价格监督", "广告监管", "药品监管", "登记注册"))
                            + (n.percent(30) ? ";计量" : "");
                    case 1 -> n.pick(List.of("大气污染防治", "水污染防治", "固体废物", "排污许可"));
                    case 2 -> n.pick(List.of("危险化学品", "安全生产", "消防安全", "工贸行业"));
                    default -> n.pick(List.of("公共卫生", "医疗机构监管", "职业卫生", "传染病防治"));
                };
                String status = n.percent(8) ? Inspector.OFF_DUTY : Inspector.ON_DUTY;
                String conflicts = null;
                if (n.percent(10) && !subjects.isEmpty()) {
                    conflicts = subjects.get(n.below(subjects.size())).key();
                }
                out.add(DirectoryRecord.of(Register.INSPECTORS, new String[] {cert, name, dept.name(), unit,
                    county.code(), validUntil.toString(), specialties, status, conflicts}));
            }
        }
        return out;
    }

    /**
     * The subjects with the inspectors of their last check filled in: two inspectors of the market
     * department for every subject that has a last-inspection date.
     */
    public List<DirectoryRecord> withLastInspectors(List<DirectoryRecord> subjects, List<DirectoryRecord> inspectors) {
        DemoNumbers n = new DemoNumbers(SEED + "/last-inspectors");
        List<String> market = inspectors.stream().filter(i -> i.get("department").equals(DEPARTMENTS.get(0).name()))
                .map(DirectoryRecord::key).toList();
        int lastInspected = Register.SUBJECTS.indexOf("last_inspected_on");
        int lastInspectors = Register.SUBJECTS.indexOf("last_inspectors");
        List<DirectoryRecord> out = new ArrayList<>(subjects.size());
        for (DirectoryRecord s : subjects) {
            String[] values = s.values();
            if (values[lastInspected] != null) {
                String a = n.pick(market);
                String b;
                do {
                    b = n.pick(market);
                } while (b.equals(a));
                values[lastInspectors] = a + ";" + b;
            }
            out.add(DirectoryRecord.of(Register.SUBJECTS, values));
        }
        return out;
    }

    public List<DirectoryRecord> items() {
        String market = DEPARTMENTS.get(0).name();
        return List.of(
                item("SJ-001", "食品生产企业监督检查", "食品生产许可条件保持情况", "《中华人民共和国食品安全法》第一百一十条；《食品生产经营监督检查管理办法》",
                        market, "食品生产企业", "5%", "每年不少于1次", "现场检查", "2名以上持证执法人员"),
                item("SJ-002", "食品经营者监督检查", "餐饮服务食品安全", "《中华人民共和国食品安全法》第一百一十条",
                        market, "餐饮服务经营者", "3%", "每年1次", "现场检查", "2名以上持证执法人员"),
                item("SJ-003", "企业公示信息抽查", "年度报告公示信息", "《企业信息公示暂行条例》第十四条；《市场监督管理企业信息公示抽查暂行办法》",
                        market, "各类企业", "3%", "每年1次", "书面检查、实地核查、网络监测", "2名以上执法人员"),
                item("SJ-004", "广告发布行为检查", "", "《中华人民共和国广告法》第四十九条",
                        market, "广告发布者", "5%", "每年1次", "网络监测、现场检查", "2名以上执法人员"),
                item("SJ-005", "药品经营企业监督检查", "药品经营质量管理规范执行情况", "《中华人民共和国药品管理法》第九十九条",
                        market, "药品零售企业", "10%", "每年1次", "现场检查", "2名以上持证执法人员"),
                item("HJ-001", "排污单位监督检查", "排污许可证执行情况", "《中华人民共和国环境保护法》第二十四条；《排污许可管理条例》第二十八条",
                        DEPARTMENTS.get(1).name(), "排污许可重点管理单位", "5%", "每年不少于1次", "现场检查、监测", "2名以上持证执法人员"),
                item("YJ-001", "危险化学品企业安全生产检查", "安全生产条件", "《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条",
                        DEPARTMENTS.get(2).name(), "危险化学品生产经营单位", "10%", "每年1次", "现场检查", "2名以上持证执法人员"),
                item("WJ-001", "医疗机构依法执业检查", "医疗机构执业许可与人员资质", "《医疗机构管理条例》第四十条",
                        DEPARTMENTS.get(3).name(), "医疗机构", "5%", "每年1次", "现场检查", "2名以上持证执法人员"));
    }

    private static DirectoryRecord item(String code, String name, String sub, String basis, String dept, String target,
                                        String ratio, String frequency, String method, String requirement) {
        return DirectoryRecord.of(Register.ITEMS, new String[] {code, name, sub.isEmpty() ? null : sub, basis, dept,
            target, ratio, frequency, method, requirement, null});
    }
}
