import Foundation

/// The package's own folder, found from this file, so tests read `Inputs/` and `Templates/`.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The package's templates folder.
public let templatesFolder = packageRoot.appendingPathComponent("Templates").path

/// The smallest valid data file (广东 format): tests add what they exercise. It fills none
/// of the format's required sections, so `check` warns about each; add `requiredSections`
/// for a file with nothing left to fill.
public let baseFile = """
    评价年度: 2024
    评价单位: 某某县人民政府办公室
    报告格式: 广东
    填报日期: 2025-05-14
    金额单位: 万元
    通知:
      发文机关: 某某县财政局
      标题: 关于开展2024年县级财政资金绩效自评工作的通知
      文号: 某财绩〔2025〕1号

    """

/// The 广东 format's required sections, filled (appended to `baseFile`, a complete file).
public let requiredSections = """
    单位基本情况: {年度工作任务: 保障县政府机关正常运转。}
    绩效目标: 保障机关正常运转。
    自评工作: {评价小组: {组长: 办公室主任}, 工作过程: 对照指标逐项自评。, 报送日期: 2025-05-14, 公开网站: 某某县人民政府网站}
    自评结果: {总分: 95}
    绩效指标分析: 各项指标完成较好。
    存在问题: 预算编制还不够细。
    改进措施: 细化预算编制。
    其他自评情况: 无。

    """

/// The message `check` gives for a required section left empty.
public func unfilledMessage(_ key: String) -> String {
    "报告的「\(key)」还没有填写"
}
