<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export sheet as PDF…</source>
        <translation>导出穴位表为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import routines…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport my routines…</source>
        <translation>导出我的方案(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find a point</source>
        <translation>查找穴位(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;landmarks</source>
        <translation>显示骨性标志(&amp;L)</translation>
    </message>
    <message>
        <source>Front and &amp;back</source>
        <translation>正面和背面(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>侧面(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ole of the foot</source>
        <translation>足底(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>取消选择(&amp;C)</translation>
    </message>
    <message>
        <source>I am &amp;pregnant</source>
        <translation>我正在怀孕(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>减少动画(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Breathing pattern…</source>
        <translation>呼吸节奏(&amp;B)…</translation>
    </message>
    <message>
        <source>Daily &amp;reminders…</source>
        <translation>每日提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Session &amp;history and pain log…</source>
        <translation>练习记录和疼痛日志(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Start the routine</source>
        <translation>开始方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>暂停或继续(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;revious step</source>
        <translation>上一步(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;kip to the next step</source>
        <translation>跳到下一步(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;top the session</source>
        <translation>结束练习(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Safety and when to see a doctor</source>
        <translation>安全须知：何时应当就医(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Measuring with your fingers</source>
        <translation>用手指量取穴位(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About Acupoint</source>
        <translation>关于 Acupoint(&amp;A)</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>◆ diamond: traditionally avoided in pregnancy</source>
        <translation>◆ 菱形：传统上孕期忌用</translation>
    </message>
    <message>
        <source>Settings ▸ I am pregnant is on: these points are left out of sessions.</source>
        <translation>已开启“设置 ▸ 我正在怀孕”：练习时将略过这些穴位。</translation>
    </message>
</context>
<context>
    <name>BreathingCue</name>
    <message>
        <source>Breathing cue</source>
        <translation>呼吸提示</translation>
    </message>
    <message>
        <source>Paused: breathe normally</source>
        <translation>已暂停：请自然呼吸</translation>
    </message>
</context>
<context>
    <name>BreathingDialog</name>
    <message>
        <source>Breathing pattern</source>
        <translation>呼吸节奏</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>吸气后屏息</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation>呼气后屏息</translation>
    </message>
    <message>
        <source>Slow breathing, about six breaths a minute, suits most people.</source>
        <translation>缓慢呼吸，每分钟约六次，适合大多数人。</translation>
    </message>
    <message>
        <source>About %1 breaths a minute</source>
        <translation>每分钟约 %1 次呼吸</translation>
    </message>
</context>
<context>
    <name>CardOutline</name>
    <message>
        <source>Hold a bank card here</source>
        <translation>把银行卡贴在这里</translation>
    </message>
</context>
<context>
    <name>CloseupView</name>
    <message>
        <source> (left side)</source>
        <translation>（左侧）</translation>
    </message>
    <message>
        <source> (right side)</source>
        <translation>（右侧）</translation>
    </message>
    <message>
        <source>Close-up: {0}{1}</source>
        <translation>局部图：{0}{1}</translation>
    </message>
    <message>
        <source>Points shown: {0}. Arrow keys move between them, Enter opens one.</source>
        <translation>图中穴位：{0}。用方向键在穴位间移动，按回车键打开。</translation>
    </message>
    <message>
        <source>on the midline</source>
        <translation>位于正中线</translation>
    </message>
    <message>
        <source>{0} side</source>
        <translation>{0}侧</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <source>Click a point on the body, or search for one, to see where it is and how to press it.</source>
        <translation>在人体图上点击一个穴位，或搜索穴位，即可查看它的位置和按压方法。</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>加入方案</translation>
    </message>
</context>
<context>
    <name>FingerWidthDialog</name>
    <message>
        <source>Your finger widths</source>
        <translation>你的手指同身寸</translation>
    </message>
    <message>
        <source>Point directions measure in your own finger widths (cun). Measure one width with a ruler, and Acupoint shows your own cun ruler at true size.</source>
        <translation>取穴说明以你自己的手指宽度（寸）来量。用直尺量出其中一种宽度，Acupoint 就会按实际大小显示你自己的寸尺。</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>I measured:</source>
        <translation>我量的是：</translation>
    </message>
    <message>
        <source>Its width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Hold a bank card to the screen and make the outline as wide as the card:</source>
        <translation>把一张银行卡贴在屏幕上，调整轮廓，使其与卡片一样宽：</translation>
    </message>
    <message>
        <source>Print the ruler…</source>
        <translation>打印寸尺…</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size): the page has a 50 mm line to check it</source>
        <translation>请按 100%（实际大小）打印：页面上有一条 50 毫米的线可供核对</translation>
    </message>
    <message>
        <source>Your cun, at true size:</source>
        <translation>你的寸，实际大小：</translation>
    </message>
</context>
<context>
    <name>GuidePlayer</name>
    <message>
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Show each step as a still picture, without pulsing or moving</source>
        <translation>每一步都显示为静止图片，不闪动也不移动</translation>
    </message>
    <message>
        <source>Find {0}: step {1} of {2}</source>
        <translation>寻找{0}：第 {1} 步，共 {2} 步</translation>
    </message>
</context>
<context>
    <name>HelpPresenter</name>
    <message>
        <source>About Acupoint</source>
        <translation>关于 Acupoint</translation>
    </message>
    <message>
        <source>Acupoint guides self-acupressure for hip and low back pain.</source>
        <translation>Acupoint 指导你对髋部和腰部疼痛进行自我穴位按压。</translation>
    </message>
    <message>
        <source>The point descriptions come from:</source>
        <translation>穴位说明出自：</translation>
    </message>
</context>
<context>
    <name>HistoryPresenter</name>
    <message>
        <source>Session history was damaged</source>
        <translation>练习记录已损坏</translation>
    </message>
    <message>
        <source>Session history unavailable</source>
        <translation>无法使用练习记录</translation>
    </message>
    <message>
        <source>Before you start: how much does it hurt now?</source>
        <translation>开始之前：现在有多痛？</translation>
    </message>
    <message>
        <source>And now: how much does it hurt?</source>
        <translation>现在呢：有多痛？</translation>
    </message>
    <message>
        <source>Your session history could not be read, so nothing was exported.</source>
        <translation>无法读取你的练习记录，因此没有导出任何内容。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>完成步数</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>是否完成</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Session history and pain log</source>
        <translation>练习记录和疼痛日志</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部练习</translation>
    </message>
    <message>
        <source>The last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Exporting… %p%</source>
        <translation>正在导出… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 次练习</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} 次练习</translation>
    </message>
    <message>
        <source>No sessions yet: pain before and after each session will be drawn here</source>
        <translation>还没有练习记录：每次练习前后的疼痛程度会画在这里</translation>
    </message>
    <message>
        <source>1 session shown of {total}</source>
        <translation>显示 1 次练习，共 {total} 次</translation>
    </message>
    <message>
        <source>{shown} sessions shown of {total}</source>
        <translation>显示 {shown} 次练习，共 {total} 次</translation>
    </message>
    <message>
        <source>No sessions in this span: choose a longer one above</source>
        <translation>这段时间内没有练习：请在上方选择更长的时间段</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} sessions to {path}</source>
        <translation>已将 {count} 次练习保存到 {path}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Applies when Acupoint next starts</source>
        <translation>下次启动 Acupoint 时生效</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Self-acupressure for hip and low back pain</source>
        <translation>髋部和腰部疼痛的自我穴位按压</translation>
    </message>
    <message>
        <source>Find a point</source>
        <translation>查找穴位</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>练习(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Average pain {per} (0 = none, 10 = worst)</source>
        <translation>{per}平均疼痛（0 = 不痛，10 = 最痛）</translation>
    </message>
    <message>
        <source>Sessions {per} (right scale)</source>
        <translation>{per}练习次数（右侧刻度）</translation>
    </message>
    <message>
        <source>Sessions {per}</source>
        <translation>{per}练习次数</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Pain log</source>
        <translation>疼痛日志</translation>
    </message>
    <message>
        <source>Pain %1 out of 10</source>
        <translation>疼痛 %1 分（满分 10 分）</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>不痛</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>能想象到的最痛</translation>
    </message>
    <message>
        <source>A note, if you like (how it felt, what you did today)</source>
        <translation>如愿意，可写一句备注（感觉如何、今天做了什么）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters; at most %2).</source>
        <translation>备注太长了（%1 个字符；最多 %2 个）。</translation>
    </message>
</context>
<context>
    <name>PointDetails</name>
    <message>
        <source>Gentle pressure</source>
        <translation>轻度按压</translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation>中度按压</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>重度按压</translation>
    </message>
    <message>
        <source>(general advice, not from the articles)</source>
        <translation>（一般建议，并非出自文章）</translation>
    </message>
    <message>
        <source>Finger widths are those of the person being pressed (Help ▸ Measuring with your fingers).</source>
        <translation>手指宽度指被按压者本人的手指（帮助 ▸ 用手指量取穴位）。</translation>
    </message>
    <message>
        <source>These are the articles&apos; claims, not proven effects. Numbness or weakness that is new or getting worse needs a doctor first, not acupressure (Help ▸ Safety and when to see a doctor).</source>
        <translation>以上是文章的说法，并非已证实的疗效。新出现或逐渐加重的麻木或无力，应先就医，而不是按压穴位（帮助 ▸ 安全须知：何时应当就医）。</translation>
    </message>
    <message>
        <source>You can reach this point yourself.</source>
        <translation>这个穴位你自己就能按到。</translation>
    </message>
    <message>
        <source>A partner makes this easier.</source>
        <translation>有同伴帮忙会更容易。</translation>
    </message>
    <message>
        <source>You will need a partner to reach this point.</source>
        <translation>这个穴位需要同伴帮你按。</translation>
    </message>
    <message>
        <source>⚠ Do not press this point during pregnancy.</source>
        <translation>⚠ 孕期请勿按压此穴。</translation>
    </message>
    <message>
        <source>⚠ Pregnancy: ask your doctor or midwife before pressing here.</source>
        <translation>⚠ 孕期：按压此处前请先咨询医生或助产士。</translation>
    </message>
    <message>
        <source>⚠ Cautions</source>
        <translation>⚠ 注意事项</translation>
    </message>
    <message>
        <source>Your settings say you are pregnant: this point is left out of sessions.</source>
        <translation>你在设置中表明正在怀孕：练习时将略过此穴。</translation>
    </message>
    <message>
        <source>More about this point</source>
        <translation>关于此穴的更多信息</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>(the person’s own)</source>
        <translation>（以被按压者本人为准）</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>按压方法</translation>
    </message>
    <message>
        <source>How to find it</source>
        <translation>取穴方法</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) on each side</source>
        <translation>
            <numerusform>每侧 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>{pressure}, {motion}, for {time}.</source>
        <translation>{pressure}，{motion}，{time}。</translation>
    </message>
    <message>
        <source>What the articles say it helps</source>
        <translation>文章所说的适用情况</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>各出处的分歧</translation>
    </message>
    <message>
        <source>Standard location (WHO 2008)</source>
        <translation>标准定位（WHO 2008）</translation>
    </message>
    <message>
        <source>Also called: {names}.</source>
        <translation>英文又名：{names}。</translation>
    </message>
    <message>
        <source>Other codes in the articles and older books: {codes}.</source>
        <translation>文章和旧书中的其他编号：{codes}。</translation>
    </message>
    <message>
        <source>Channel: {channel}.</source>
        <translation>经脉：{channel}。</translation>
    </message>
</context>
<context>
    <name>PointWords</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>The articles call it {names}.</source>
        <translation>文章称之为{names}。</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <source>Save a point sheet as PDF</source>
        <translation>将穴位表保存为 PDF</translation>
    </message>
    <message>
        <source>Print a point sheet</source>
        <translation>打印穴位表</translation>
    </message>
    <message>
        <source>The point shown: %1</source>
        <translation>当前显示的穴位：%1</translation>
    </message>
    <message>
        <source>The point shown (none)</source>
        <translation>当前显示的穴位（无）</translation>
    </message>
    <message>
        <source>A routine:</source>
        <translation>一个方案：</translation>
    </message>
    <message>
        <source>Usual for my country</source>
        <translation>按我所在国家的惯例</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字号</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
</context>
<context>
    <name>PrintPresenter</name>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Export sheet as PDF</source>
        <translation>导出穴位表为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF 未保存</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Daily reminders</source>
        <translation>每日提醒</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Acupoint reminds you at these times while it is running (in the tray too).</source>
        <translation>Acupoint 运行时（包括在系统托盘中）会在这些时间提醒你。</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>e.g. My evening routine</source>
        <translation>例如：我的晚间方案</translation>
    </message>
    <message>
        <source>Points in this routine, in order</source>
        <translation>此方案的穴位（按顺序）</translation>
    </message>
    <message>
        <source> s a side</source>
        <translation> 秒/每侧</translation>
    </message>
    <message>
        <source>How long to press the selected point, on each side: %1 to %2 seconds</source>
        <translation>所选穴位每侧按压的时长：%1 至 %2 秒</translation>
    </message>
    <message>
        <source>A number of rounds</source>
        <translation>指定轮数</translation>
    </message>
    <message>
        <source>A target length</source>
        <translation>指定目标时长</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>How often the list of points is pressed: %1 to %2 times</source>
        <translation>整组穴位按压的遍数：%1 至 %2 遍</translation>
    </message>
    <message>
        <source>Target length in minutes</source>
        <translation>目标时长（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Whole rounds are repeated until the session is at least this long: %1 to %2 minutes</source>
        <translation>整轮重复，直到练习至少达到这个时长：%1 至 %2 分钟</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Time for the selected point</source>
        <translation>所选穴位的时长</translation>
    </message>
    <message>
        <source>How long a session lasts</source>
        <translation>一次练习的时长</translation>
    </message>
    <message>
        <source>With a target length, whole rounds are repeated until it is reached.</source>
        <translation>设定目标时长后，会整轮重复，直到达到该时长。</translation>
    </message>
    <message>
        <source>Points, in the order to press them (drag, or Ctrl+↑/↓ to reorder):</source>
        <translation>穴位按按压顺序排列（拖动或按 Ctrl+↑/↓ 调整顺序）：</translation>
    </message>
    <message>
        <source>%1 — %2 s a side</source>
        <translation>%1 — 每侧 %2 秒</translation>
    </message>
    <message>
        <source>choose a point</source>
        <translation>选择一个穴位</translation>
    </message>
    <message>
        <source>The length is shown once every time and count is within bounds.</source>
        <translation>所有时长和次数都在允许范围内后，才会显示总时长。</translation>
    </message>
    <message>
        <source>Add points to see how long a session lasts.</source>
        <translation>添加穴位后即可看到一次练习需要多长时间。</translation>
    </message>
    <message>
        <source>Nothing to press in pregnancy: every point here is left out.</source>
        <translation>孕期没有可按的穴位：这里的每个穴位都会被略过。</translation>
    </message>
    <message>
        <source>About %1 in all.</source>
        <translation>共约 %1。</translation>
    </message>
    <message>
        <source>About %1 in all: %2 rounds.</source>
        <translation>共约 %1：%2 轮。</translation>
    </message>
    <message>
        <source>Left out in pregnancy: %1.</source>
        <translation>孕期略过：%1。</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>Make a routine of your own, from the points you choose</source>
        <translation>用你选择的穴位，制定一个自己的方案</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change this routine&apos;s points, times and length</source>
        <translation>修改此方案的穴位、时间和时长</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>编辑副本…</translation>
    </message>
    <message>
        <source>Built-in routines stay as they are: this makes your own copy, to change as you like</source>
        <translation>内置方案保持不变：这会生成一份你自己的副本，可随意修改</translation>
    </message>
    <message>
        <source>Built-in routines cannot be renamed or deleted. “Edit a copy…” makes one of your own.</source>
        <translation>内置方案不能重命名或删除。“编辑副本…”可生成一份你自己的方案。</translation>
    </message>
    <message>
        <source>Give this routine another name (your history keeps finding it)</source>
        <translation>给这个方案改个名字（练习记录仍能找到它）</translation>
    </message>
    <message>
        <source>Delete this routine of yours, after asking</source>
        <translation>删除你的这个方案（会先询问）</translation>
    </message>
</context>
<context>
    <name>RoutinePresenter</name>
    <message>
        <source>Choose a routine first.</source>
        <translation>请先选择一个方案。</translation>
    </message>
    <message>
        <source>Nothing to press: every point of this routine is traditionally avoided in pregnancy. Choose another routine.</source>
        <translation>没有可按的穴位：这个方案的每个穴位传统上都是孕期忌用的。请选择其他方案。</translation>
    </message>
    <message>
        <source>This routine has no points yet: add some with Edit…</source>
        <translation>这个方案还没有穴位：请用“编辑…”添加。</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>Point not added</source>
        <translation>穴位未添加</translation>
    </message>
    <message>
        <source> (a new routine)</source>
        <translation>（新方案）</translation>
    </message>
    <message>
        <source>Added %1 to “%2”%3; it now has %4.</source>
        <translation>已将 %1 加入“%2”%3；现在共有 %4。</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>Routine not renamed</source>
        <translation>方案未重命名</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1” (in %2): it has a problem.</source>
        <translation>未从“%1”（位于 %2）导入任何内容：文件有一个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1” (in %2): it has %3 problems.</source>
        <translation>未从“%1”（位于 %2）导入任何内容：文件有 %3 个问题。</translation>
    </message>
    <message>
        <source>Routines not imported</source>
        <translation>方案未导入</translation>
    </message>
    <message>
        <source>“%1” holds no routines: nothing was imported.</source>
        <translation>“%1”中没有方案：未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>已从 %2 导入 %1。</translation>
    </message>
    <message>
        <source>No routines of your own</source>
        <translation>还没有你自己的方案</translation>
    </message>
    <message>
        <source>Make a routine first (Session ▸ Edit…), then export it.</source>
        <translation>请先制定一个方案（练习 ▸ 编辑…），再导出。</translation>
    </message>
    <message>
        <source>Export my routines</source>
        <translation>导出我的方案</translation>
    </message>
    <message>
        <source>YAML files (*.yaml)</source>
        <translation>YAML 文件 (*.yaml)</translation>
    </message>
    <message>
        <source>Routines not exported</source>
        <translation>方案未导出</translation>
    </message>
    <message>
        <source>Saved %1 routine(s) to %2.</source>
        <translation>已将 %1 个方案保存到 %2。</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety and when to see a doctor</source>
        <translation>安全须知：何时应当就医</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search: BL23, B54, Kidney Shu, shenshu, 肾俞, sciatica…</source>
        <translation>搜索：BL23、B54、肾俞、shenshu、坐骨神经痛…</translation>
    </message>
    <message>
        <source>Search points</source>
        <translation>搜索穴位</translation>
    </message>
    <message>
        <source>Browse by region</source>
        <translation>按部位浏览</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部部位</translation>
    </message>
    <message>
        <source>Browse by symptom</source>
        <translation>按症状浏览</translation>
    </message>
    <message>
        <source>Any symptom</source>
        <translation>所有症状</translation>
    </message>
    <message>
        <source>Matching points</source>
        <translation>匹配的穴位</translation>
    </message>
    <message>
        <source>  ⚠ avoid in pregnancy</source>
        <translation>  ⚠ 孕期忌用</translation>
    </message>
    <message>
        <source>No point matches.</source>
        <translation>没有匹配的穴位。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching point(s)</source>
        <translation>
            <numerusform>%n 个匹配的穴位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n point(s)</source>
        <translation>
            <numerusform>全部 %n 个穴位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <source>Edit, rename or delete a routine of yours, or make a new one</source>
        <translation>编辑、重命名或删除你的方案，或新建一个</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>此穴剩余时间</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>方案进度</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Short sounds at the start, when to switch sides, at each new point and at the end</source>
        <translation>在开始、换边、换穴和结束时发出简短提示音</translation>
    </message>
    <message>
        <source>Say each step aloud, for pressing with your eyes closed</source>
        <translation>把每一步读出来，便于闭眼按压</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Skip ▶</source>
        <translation>跳过 ▶</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续（空格键）</translation>
    </message>
    <message>
        <source>Back to the previous step (←)</source>
        <translation>回到上一步（←）</translation>
    </message>
    <message>
        <source>Skip to the next step (→)</source>
        <translation>跳到下一步（→）</translation>
    </message>
    <message>
        <source>Stop the session (Esc)</source>
        <translation>结束练习（Esc）</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（你的）</translation>
    </message>
    <message>
        <source>%1 steps, about %2 in all.</source>
        <translation>%1 步，共约 %2。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>出处：%1。</translation>
    </message>
    <message>
        <source>No sound output found: the session will be silent.</source>
        <translation>未找到声音输出设备：练习时将没有声音。</translation>
    </message>
    <message>
        <source>No speech engine found: steps are not spoken.</source>
        <translation>未找到语音引擎：不会朗读步骤。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <source>No session running</source>
        <translation>没有正在进行的练习</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Skip to next step</source>
        <translation>跳到下一步</translation>
    </message>
    <message>
        <source>Open Acupoint</source>
        <translation>打开 Acupoint</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Acupoint will be in {language} the next time it starts.</source>
        <translation>Acupoint 下次启动时将使用{language}。</translation>
    </message>
    <message>
        <source>Your routines file was damaged</source>
        <translation>你的方案文件已损坏</translation>
    </message>
    <message>
        <source>Settings were reset</source>
        <translation>设置已重置</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Press gently</source>
        <translation>轻轻按压</translation>
    </message>
    <message>
        <source>Press with medium pressure</source>
        <translation>以中等力度按压</translation>
    </message>
    <message>
        <source>Press firmly</source>
        <translation>用力按压</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>持续按住</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>小幅打圈</translation>
    </message>
    <message>
        <source>steady or circular</source>
        <translation>持续按住或小幅打圈</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>膀胱经</translation>
    </message>
    <message>
        <source>Gallbladder</source>
        <translation>胆经</translation>
    </message>
    <message>
        <source>Conception Vessel</source>
        <translation>任脉</translation>
    </message>
    <message>
        <source>Large Intestine</source>
        <translation>大肠经</translation>
    </message>
    <message>
        <source>Small Intestine</source>
        <translation>小肠经</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>肾经</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>肝经</translation>
    </message>
    <message>
        <source>Bladder channel</source>
        <translation>足太阳膀胱经</translation>
    </message>
    <message>
        <source>Gallbladder channel</source>
        <translation>足少阳胆经</translation>
    </message>
    <message>
        <source>Large Intestine channel</source>
        <translation>手阳明大肠经</translation>
    </message>
    <message>
        <source>Small Intestine channel</source>
        <translation>手太阳小肠经</translation>
    </message>
    <message>
        <source>Kidney channel</source>
        <translation>足少阴肾经</translation>
    </message>
    <message>
        <source>Liver channel</source>
        <translation>足厥阴肝经</translation>
    </message>
    <message>
        <source>Well done — the routine is complete.</source>
        <translation>做得好——方案已完成。</translation>
    </message>
    <message>
        <source>Well done. The routine is complete.</source>
        <translation>做得好。方案已完成。</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <translation>下一步：结束</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>{code} · {name} — {side}</source>
        <translation>{code} · {name} — {side}</translation>
    </message>
    <message>
        <source>{code} {name}, {side}</source>
        <translation>{code} {name}，{side}</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>按压</translation>
    </message>
    <message>
        <source>{how}, {motion}. Breathe slowly.</source>
        <translation>{how}，{motion}。慢慢呼吸。</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>下一步：{step}</translation>
    </message>
    <message>
        <source>Switch to the left side.</source>
        <translation>换到左侧。</translation>
    </message>
    <message>
        <source>Switch to the right side.</source>
        <translation>换到右侧。</translation>
    </message>
    <message numerus="yes">
        <source>Session stopped after {completed} of %n step(s).</source>
        <translation>
            <numerusform>练习已结束，完成了 {completed} 步，共 %n 步。</numerusform>
        </translation>
    </message>
    <message>
        <source>{channel} {number}</source>
        <translation>{channel}{number}</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>一分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}, {name}. {time}.</source>
        <translation>{code}，{name}。{time}。</translation>
    </message>
    <message>
        <source>Left side. {step}</source>
        <translation>左侧。{step}</translation>
    </message>
    <message>
        <source>Right side. {step}</source>
        <translation>右侧。{step}</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours}{minutes}</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — 还剩 %2</translation>
    </message>
</context>
</TS>
