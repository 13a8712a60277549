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
        <source>Progress &amp;report…</source>
        <translation>进展报告(&amp;R)…</translation>
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
        <source>&amp;Find the point…</source>
        <translation>找穴位(&amp;F)…</translation>
    </message>
    <message>
        <source>My &amp;progress…</source>
        <translation>我的进步(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Start the routine</source>
        <translation>开始方案(&amp;S)</translation>
    </message>
    <message>
        <source>I am pressing for &amp;someone else</source>
        <translation>我在为别人按压(&amp;S)</translation>
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
    <message>
        <source>Show how to &amp;find each point</source>
        <translation>显示每个穴位的找法(&amp;F)</translation>
    </message>
    <message>
        <source>Your finger &amp;widths…</source>
        <translation>你的手指同身寸(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>… and %n more.</source>
        <translation>……另有 %n 个。</translation>
    </message>
    <message>
        <source>The points file {path} has problems, so Acupoint is using its built-in data instead.

{problems}

Run &apos;acupoint-gui check-data {path}&apos; to see them all.</source>
        <translation>穴位文件 {path} 有问题，所以 Acupoint 改用内置的数据。

{problems}

运行“acupoint-gui check-data {path}”可查看全部问题。</translation>
    </message>
    <message>
        <source>The built-in data has problems too:</source>
        <translation>内置数据也有问题：</translation>
    </message>
    <message>
        <source>Acupoint&apos;s built-in data has problems:</source>
        <translation>Acupoint 的内置数据有问题：</translation>
    </message>
    <message>
        <source>Acupoint cannot save your data</source>
        <translation>Acupoint 无法保存你的数据</translation>
    </message>
    <message>
        <source>Acupoint cannot start</source>
        <translation>Acupoint 无法启动</translation>
    </message>
    <message>
        <source>Unknown problem with the data.</source>
        <translation>数据有未知的问题。</translation>
    </message>
    <message>
        <source>Problem with the points file</source>
        <translation>穴位文件有问题</translation>
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
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>About %1 breaths a minute</source>
        <translation>每分钟约 %1 次呼吸</translation>
    </message>
</context>
<context>
    <name>BreathingWords</name>
    <message>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>屏息</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>呼气</translation>
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
    <name>CloseupPane</name>
    <message>
        <source>Find it</source>
        <translation>找穴</translation>
    </message>
    <message>
        <source>Show step by step how to find this point on your own body</source>
        <translation>一步一步演示如何在自己身上找到这个穴位</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the close-up (Esc)</source>
        <translation>回到局部图（Esc）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Whole body</source>
        <translation>全身</translation>
    </message>
    <message>
        <source>Close the close-up</source>
        <translation>关闭局部图</translation>
    </message>
    <message>
        <source>Show the whole body again, instead of the close-up</source>
        <translation>重新显示全身图，而不是局部图</translation>
    </message>
</context>
<context>
    <name>CloseupPresenter</name>
    <message>
        <source>The close-ups could not be read: {0}</source>
        <translation>无法读取局部图：{0}</translation>
    </message>
    <message>
        <source>{0} {1} — close-up: {2}</source>
        <translation>{0} {1} — 局部图：{2}</translation>
    </message>
    <message>
        <source>Close-up: {0}</source>
        <translation>局部图：{0}</translation>
    </message>
    <message>
        <source>Show close-up: {0}</source>
        <translation>显示局部图：{0}</translation>
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
        <source>Show close-up: {0} ({1})</source>
        <translation>显示局部图：{0}（{1}）</translation>
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
    <name>CloseupWords</name>
    <message>
        <source>Low back</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Hip, from the side</source>
        <translation>髋部（侧面）</translation>
    </message>
    <message>
        <source>Back of the knee</source>
        <translation>膝后</translation>
    </message>
    <message>
        <source>Outer ankle</source>
        <translation>外踝</translation>
    </message>
    <message>
        <source>Back of the hand</source>
        <translation>手背</translation>
    </message>
    <message>
        <source>Top of the foot</source>
        <translation>足背</translation>
    </message>
    <message>
        <source>Sole of the foot</source>
        <translation>脚底</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>肩胛部</translation>
    </message>
    <message>
        <source>Lower belly</source>
        <translation>下腹部</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>Sound needs Qt&apos;s multimedia library, which could not be loaded.</source>
        <translation>播放声音需要 Qt 的多媒体库，但无法加载。</translation>
    </message>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation>这台电脑上没有找到声音输出设备。</translation>
    </message>
    <message>
        <source>The speech engine did not work.</source>
        <translation>语音引擎无法工作。</translation>
    </message>
    <message>
        <source>Speech needs Qt&apos;s text-to-speech library, which could not be loaded.</source>
        <translation>朗读需要 Qt 的文字转语音库，但无法加载。</translation>
    </message>
    <message>
        <source>No speech engine was found on this computer (for example speech-dispatcher or flite).</source>
        <translation>这台电脑上没有找到语音引擎（例如 speech-dispatcher 或 flite）。</translation>
    </message>
    <message>
        <source>no audio output device was found</source>
        <translation>没有找到音频输出设备</translation>
    </message>
    <message>
        <source>Sound cues are off: %1. The session runs silently.</source>
        <translation>提示音已关闭：%1。练习将无声进行。</translation>
    </message>
    <message>
        <source>Sound cues could not be played on this machine. The session runs silently.</source>
        <translation>这台电脑无法播放提示音。练习将无声进行。</translation>
    </message>
    <message>
        <source>Spoken prompts are off: Qt&apos;s text-to-speech library could not be loaded.</source>
        <translation>语音提示已关闭：无法加载 Qt 的文字转语音库。</translation>
    </message>
    <message>
        <source>Steps are not spoken: no voice on this computer speaks %1 (a speech engine&apos;s voice for it, such as espeak-ng&apos;s, would).</source>
        <translation>不朗读步骤：这台电脑上没有会说%1的语音（安装一个支持该语言的语音引擎，例如 espeak-ng，即可朗读）。</translation>
    </message>
    <message>
        <source>Spoken prompts are off: no working speech engine was found.</source>
        <translation>语音提示已关闭：没有找到可用的语音引擎。</translation>
    </message>
    <message>
        <source>Spoken prompts are off: no speech engine was found.</source>
        <translation>语音提示已关闭：没有找到语音引擎。</translation>
    </message>
    <message>
        <source>the speech engine failed</source>
        <translation>语音引擎出错</translation>
    </message>
    <message>
        <source>Spoken prompts are off: %1.</source>
        <translation>语音提示已关闭：%1。</translation>
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
    <message>
        <source>Show close-up</source>
        <translation>显示局部图</translation>
    </message>
    <message>
        <source>The point on a close-up of its region, and the landmarks it is found from</source>
        <translation>在所在部位的局部图上显示此穴，以及取穴所依据的体表标志</translation>
    </message>
    <message>
        <source>Find it</source>
        <translation>找穴</translation>
    </message>
    <message>
        <source>Step by step: how to find this point on your own body</source>
        <translation>一步一步：如何在自己身上找到这个穴位</translation>
    </message>
</context>
<context>
    <name>DistanceChart</name>
    <message>
        <source>Cun off, on average, each day you practised</source>
        <translation>每个练习日的平均偏差（寸）</translation>
    </message>
    <message>
        <source>within a finger width: found</source>
        <translation>1 寸（一拇指宽）以内：算找准</translation>
    </message>
    <message>
        <source>No practice yet</source>
        <translation>还没有认穴练习</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The details were saved in {log}.</source>
        <translation>详细信息已保存在 {log}。</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>详细信息无法保存。</translation>
    </message>
    <message>
        <source>Something went wrong inside Acupoint. Your routines, settings and session history are safe, and you can go on using it; if something looks wrong, close and reopen it.

{where} If it happens again, please send that file to the people who make Acupoint.</source>
        <translation>Acupoint 内部出了点问题。你的方案、设置和练习记录都安然无恙，你可以继续使用；如果有什么看起来不对，请关闭后重新打开。

{where}如果再次发生，请把那个文件发给 Acupoint 的开发者。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
<context>
    <name>FigureScene</name>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧面</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧面</translation>
    </message>
    <message>
        <source>Right sole</source>
        <translation>右脚底</translation>
    </message>
    <message>
        <source>Left sole</source>
        <translation>左脚底</translation>
    </message>
    <message>
        <source>Front and back</source>
        <translation>正面和背面</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧面</translation>
    </message>
    <message>
        <source>Sole of the foot</source>
        <translation>脚底</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>FigureSides</name>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>路径中有一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>Acupoint cannot read %1: %2.</source>
        <translation>Acupoint 无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>No file name given: name the file to write, for example %1.</source>
        <translation>没有给出文件名：请为要写入的文件命名，例如 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file inside it, for example %2.</source>
        <translation>%1 是一个文件夹：请在其中指定一个文件，例如 %2。</translation>
    </message>
    <message>
        <source>%1 has no name before %2: name the file, for example %3.</source>
        <translation>%1 在 %2 之前没有名称：请为文件命名，例如 %3。</translation>
    </message>
    <message>
        <source>The file to write must end in %1: %2 does not.</source>
        <translation>要写入的文件名必须以 %1 结尾，而 %2 不是。</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>你的磁盘配额已用完</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>there is a folder of that name</source>
        <translation>已有同名的文件夹</translation>
    </message>
    <message>
        <source>the file would be too large for that disk</source>
        <translation>文件太大，那个磁盘放不下</translation>
    </message>
    <message>
        <source>that folder does not take new files</source>
        <translation>那个文件夹不能存放新文件</translation>
    </message>
    <message>
        <source>Free some space or choose another folder.</source>
        <translation>请腾出一些空间，或选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Acupoint cannot write to %1: %2. %3</source>
        <translation>Acupoint 无法写入 %1：%2。%3</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>系统拒绝了这项操作</translation>
    </message>
</context>
<context>
    <name>FindItWiring</name>
    <message>
        <source>In a session, show how to find each point before you first press it (the timer waits)</source>
        <translation>练习中，在第一次按压每个穴位之前先演示找法（计时会等待）</translation>
    </message>
</context>
<context>
    <name>FingerMeasuresDialog</name>
    <message>
        <source>The directions for finding a point measure in finger widths, also called cun. Use the fingers of the person being pressed, not the helper&apos;s: the measures grow with the body, so they fit people of any size.</source>
        <translation>取穴说明中的距离以手指的宽度来量，也就是“寸”（同身寸）。要用被按压者自己的手指，而不是帮忙者的：同身寸随身材而变，所以适合任何体型的人。</translation>
    </message>
    <message>
        <source>Measuring with your fingers</source>
        <translation>用手指量取穴位</translation>
    </message>
    <message>
        <source>Larger distances are measured between bony landmarks you can feel (for example 16 cun from the knee crease to the ankle bone); the point&apos;s directions say how.</source>
        <translation>较长的距离按摸得到的骨性标志来量（骨度分寸法，例如从腘横纹到外踝尖为 16 寸）；每个穴位的取穴说明会写明怎么量。</translation>
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
    <name>FingerWidthPresenter</name>
    <message>
        <source>Save your cun ruler as PDF</source>
        <translation>将你的同身寸尺保存为 PDF</translation>
    </message>
    <message>
        <source>my-cun-ruler.pdf</source>
        <translation>我的同身寸尺.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The ruler was not saved</source>
        <translation>尺子未保存</translation>
    </message>
    <message>
        <source>Saved {0}: print it at 100 % (actual size) and check its 50 mm line.</source>
        <translation>已保存 {0}：请按 100%（实际大小）打印，并核对上面 50 毫米的线。</translation>
    </message>
</context>
<context>
    <name>FingerWidths</name>
    <message>
        <source>The width of your thumb at its joint</source>
        <translation>拇指指间关节的宽度（拇指同身寸）</translation>
    </message>
    <message>
        <source>Index and middle finger together (“two fingers”)</source>
        <translation>食指和中指并拢的宽度（“二横指”）</translation>
    </message>
    <message>
        <source>Four fingers together, at the middle joints (“a hand’s width”)</source>
        <translation>四指并拢，以中指中节横纹处为准的宽度（“一夫法”）</translation>
    </message>
    <message>
        <source>Finger measures</source>
        <translation>手指同身寸</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 cun</source>
        <translation>%1 寸</translation>
    </message>
</context>
<context>
    <name>FingerWords</name>
    <message>
        <source>a thumb</source>
        <translation>一拇指</translation>
    </message>
    <message>
        <source>The width of your thumb at its joint</source>
        <translation>拇指指间关节的宽度（拇指同身寸）</translation>
    </message>
    <message>
        <source>two fingers</source>
        <translation>二横指</translation>
    </message>
    <message>
        <source>Index and middle finger together</source>
        <translation>食指和中指并拢</translation>
    </message>
    <message>
        <source>four fingers</source>
        <translation>四横指（一夫法）</translation>
    </message>
    <message>
        <source>Four fingers together, at the middle joints</source>
        <translation>四指并拢，以中指中节为准</translation>
    </message>
    <message>
        <source>{mm} mm is not a likely width for {measure}: most adults measure between {low} and {high} mm. Please measure again.</source>
        <translation>{mm} 毫米不太可能是{measure}的宽度：大多数成年人在 {low} 到 {high} 毫米之间。请再量一次。</translation>
    </message>
    <message>
        <source>Your thumb is about {cm} cm ({mm} mm) wide.</source>
        <translation>你的拇指宽约 {cm} 厘米（{mm} 毫米）。</translation>
    </message>
    <message>
        <source>Your two fingers are about {cm} cm ({mm} mm) wide.</source>
        <translation>你的二横指宽约 {cm} 厘米（{mm} 毫米）。</translation>
    </message>
    <message>
        <source>Your four fingers are about {cm} cm ({mm} mm) wide.</source>
        <translation>你的四横指宽约 {cm} 厘米（{mm} 毫米）。</translation>
    </message>
</context>
<context>
    <name>GuideNotes</name>
    <message>
        <source>Pressing for someone else: these steps speak to your partner. Read each one to them, or follow it on their body.</source>
        <translation>为别人按压：这些步骤是对被按压者说的。请读给对方听，或在对方身上照着做。</translation>
    </message>
    <message>
        <source>Measure with your partner&apos;s finger widths, not yours: a cun is their own measure. Compare your fingers with theirs.</source>
        <translation>要用对方的手指宽度来量，而不是你的：寸是对方自身的尺度。可以把你的手指和对方的比一比。</translation>
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
        <translation>寻找 {0}：第 {1} 步，共 {2} 步</translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>Found from: {landmarks}.</source>
        <translation>取穴依据：{landmarks}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>HandoutBlock</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>HandoutWords</name>
    <message>
        <source>The practitioner line</source>
        <translation>治疗师一栏</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{what} is too long ({length} characters; at most {limit})</source>
        <translation>{what}太长（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <source>{what} holds a control character (a tab or an escape, say): write plain text</source>
        <translation>{what}含有控制字符（例如制表符或转义符）：请只写普通文字</translation>
    </message>
    <message>
        <source>The note has too many lines (at most {lines})</source>
        <translation>备注的行数太多（最多 {lines} 行）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>For</source>
        <translation>给</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>治疗师</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>HistoryFileWords</name>
    <message>
        <source>Could not open your session history %1: %2</source>
        <translation>无法打开你的练习记录 %1：%2</translation>
    </message>
    <message>
        <source>Your session history %1 could not be used: %2. It was moved aside to %3 and a new, empty history was started.</source>
        <translation>你的练习记录 %1 无法使用：%2。它已被移到 %3，并新建了一份空的练习记录。</translation>
    </message>
    <message>
        <source>Could not create a new session history at %1: %2</source>
        <translation>无法在 %1 新建练习记录：%2</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1)</source>
        <translation>它已损坏，或者不是数据库（%1）</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it was made by a newer version of Acupoint (schema %1, this one knows %2)</source>
        <translation>它由更新版本的 Acupoint 创建（格式版本 %1，本版本只认识 %2）</translation>
    </message>
    <message>
        <source>it failed SQLite&apos;s integrity check (%1)</source>
        <translation>它没有通过 SQLite 的完整性检查（%1）</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not an Acupoint session history</source>
        <translation>它是 SQLite 数据库，但不是 Acupoint 的练习记录</translation>
    </message>
    <message>
        <source>its sessions table is not the one Acupoint expects</source>
        <translation>其中的练习表不是 Acupoint 所需的格式</translation>
    </message>
    <message>
        <source>its practice table is not the one Acupoint expects</source>
        <translation>其中的找穴练习表不是 Acupoint 所需的格式</translation>
    </message>
</context>
<context>
    <name>HistoryPresenter</name>
    <message>
        <source>The session history cannot be opened (%1). Sessions run, but are not logged.</source>
        <translation>无法打开练习记录（%1）。练习照常进行，但不会被记录。</translation>
    </message>
    <message>
        <source>Session history was damaged</source>
        <translation>练习记录已损坏</translation>
    </message>
    <message>
        <source>Session history unavailable</source>
        <translation>无法使用练习记录</translation>
    </message>
    <message>
        <source>The session could not be saved to the history (%1).</source>
        <translation>本次练习无法保存到记录中（%1）。</translation>
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
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>QLocale&apos;s date format</comment>
        <translation>yyyy年M月d日 ddd HH:mm</translation>
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
    <name>LandmarkNames</name>
    <message>
        <source>ankle</source>
        <translation>踝部</translation>
    </message>
    <message>
        <source>front hip bone point</source>
        <translation>髋前的骨突</translation>
    </message>
    <message>
        <source>anterior superior iliac spine</source>
        <translation>髂前上棘</translation>
    </message>
    <message>
        <source>outer knee tendon</source>
        <translation>膝外侧的肌腱</translation>
    </message>
    <message>
        <source>biceps femoris tendon</source>
        <translation>股二头肌腱</translation>
    </message>
    <message>
        <source>C7, neck bump</source>
        <translation>C7，颈后最突出的骨头</translation>
    </message>
    <message>
        <source>spinous process of C7</source>
        <translation>第7颈椎棘突</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>跟腱</translation>
    </message>
    <message>
        <source>calcaneal tendon</source>
        <translation>跟腱</translation>
    </message>
    <message>
        <source>heel bone</source>
        <translation>脚跟骨</translation>
    </message>
    <message>
        <source>calcaneus</source>
        <translation>跟骨</translation>
    </message>
    <message>
        <source>buttock crease</source>
        <translation>臀下横纹</translation>
    </message>
    <message>
        <source>gluteal fold</source>
        <translation>臀沟</translation>
    </message>
    <message>
        <source>bony hip bump</source>
        <translation>髋外侧的骨突</translation>
    </message>
    <message>
        <source>greater trochanter</source>
        <translation>股骨大转子</translation>
    </message>
    <message>
        <source>heel</source>
        <translation>脚跟</translation>
    </message>
    <message>
        <source>top of the hip bone</source>
        <translation>髂嵴最高点</translation>
    </message>
    <message>
        <source>highest point of the iliac crest</source>
        <translation>髂嵴最高点</translation>
    </message>
    <message>
        <source>L2, elbow level</source>
        <translation>L2，与肘同高</translation>
    </message>
    <message>
        <source>spinous process of L2</source>
        <translation>第2腰椎棘突</translation>
    </message>
    <message>
        <source>L4, top of hip bones</source>
        <translation>L4，与两侧髂嵴最高点平齐</translation>
    </message>
    <message>
        <source>spinous process of L4</source>
        <translation>第4腰椎棘突</translation>
    </message>
    <message>
        <source>L5, just above the sacrum</source>
        <translation>L5，骶骨正上方</translation>
    </message>
    <message>
        <source>spinous process of L5</source>
        <translation>第5腰椎棘突</translation>
    </message>
    <message>
        <source>outer ankle bone</source>
        <translation>外踝骨</translation>
    </message>
    <message>
        <source>lateral malleolus</source>
        <translation>外踝</translation>
    </message>
    <message>
        <source>big and 2nd toe bones meet</source>
        <translation>大趾与二趾的骨头交会处</translation>
    </message>
    <message>
        <source>junction of the 1st and 2nd metatarsal bones</source>
        <translation>第1、2跖骨结合部</translation>
    </message>
    <message>
        <source>navel</source>
        <translation>肚脐</translation>
    </message>
    <message>
        <source>umbilicus</source>
        <translation>脐</translation>
    </message>
    <message>
        <source>knee crease</source>
        <translation>膝后横纹</translation>
    </message>
    <message>
        <source>popliteal crease</source>
        <translation>腘横纹</translation>
    </message>
    <message>
        <source>knee crease, outer end</source>
        <translation>膝后横纹外端</translation>
    </message>
    <message>
        <source>lateral end of the popliteal crease</source>
        <translation>腘横纹外侧端</translation>
    </message>
    <message>
        <source>knee crease, inner end</source>
        <translation>膝后横纹内端</translation>
    </message>
    <message>
        <source>medial end of the popliteal crease</source>
        <translation>腘横纹内侧端</translation>
    </message>
    <message>
        <source>dimple above the buttock</source>
        <translation>臀部上方的小窝</translation>
    </message>
    <message>
        <source>posterior superior iliac spine</source>
        <translation>髂后上棘</translation>
    </message>
    <message>
        <source>top of pubic bone</source>
        <translation>耻骨上缘</translation>
    </message>
    <message>
        <source>pubic symphysis</source>
        <translation>耻骨联合</translation>
    </message>
    <message>
        <source>tip of the lowest rib</source>
        <translation>最下一根肋骨的尖端</translation>
    </message>
    <message>
        <source>tip of the 12th rib</source>
        <translation>第12肋游离端</translation>
    </message>
    <message>
        <source>S2, pelvis dimples</source>
        <translation>S2，骨盆后的小窝</translation>
    </message>
    <message>
        <source>second sacral foramen</source>
        <translation>第2骶后孔</translation>
    </message>
    <message>
        <source>top of buttock cleft</source>
        <translation>臀沟上端</translation>
    </message>
    <message>
        <source>sacral hiatus</source>
        <translation>骶管裂孔</translation>
    </message>
    <message>
        <source>shoulder blade tip</source>
        <translation>肩胛骨下尖</translation>
    </message>
    <message>
        <source>inferior angle of the scapula</source>
        <translation>肩胛骨下角</translation>
    </message>
    <message>
        <source>shoulder blade inner edge</source>
        <translation>肩胛骨内缘</translation>
    </message>
    <message>
        <source>medial border of the scapula</source>
        <translation>肩胛骨内侧缘</translation>
    </message>
    <message>
        <source>shoulder blade ridge</source>
        <translation>肩胛骨上的骨嵴</translation>
    </message>
    <message>
        <source>middle of the spine of the scapula</source>
        <translation>肩胛冈中点</translation>
    </message>
    <message>
        <source>index finger bone</source>
        <translation>食指掌骨</translation>
    </message>
    <message>
        <source>second metacarpal bone</source>
        <translation>第2掌骨</translation>
    </message>
    <message>
        <source>index finger bone, wrist end</source>
        <translation>食指掌骨的腕端</translation>
    </message>
    <message>
        <source>base of the second metacarpal bone</source>
        <translation>第2掌骨底</translation>
    </message>
    <message>
        <source>index finger knuckle</source>
        <translation>食指根部的关节</translation>
    </message>
    <message>
        <source>head of the second metacarpal bone</source>
        <translation>第2掌骨头</translation>
    </message>
    <message>
        <source>inner knee tendon</source>
        <translation>膝内侧的肌腱</translation>
    </message>
    <message>
        <source>semitendinosus tendon</source>
        <translation>半腱肌腱</translation>
    </message>
    <message>
        <source>web of thumb and index finger</source>
        <translation>虎口</translation>
    </message>
    <message>
        <source>web between the thumb and the index finger</source>
        <translation>拇指与食指之间的指蹼</translation>
    </message>
    <message>
        <source>web of big and 2nd toes</source>
        <translation>大趾与二趾间的趾缝</translation>
    </message>
    <message>
        <source>web between the 1st and 2nd toes</source>
        <translation>第1、2趾间趾蹼</translation>
    </message>
    <message>
        <source>web of 2nd and 3rd toes</source>
        <translation>二趾与三趾间的趾缝</translation>
    </message>
    <message>
        <source>web between the 2nd and 3rd toes</source>
        <translation>第2、3趾间趾蹼</translation>
    </message>
    <message>
        <source>{plain} ({term})</source>
        <translation>{plain}（{term}）</translation>
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
    <name>LibraryWords</name>
    <message>
        <source>My routine</source>
        <translation>我的方案</translation>
    </message>
    <message>
        <source>Points you added from the map.</source>
        <translation>从图上加入的穴位。</translation>
    </message>
    <message>
        <source>{code} {name} was not added: it is traditionally avoided in pregnancy, and “I am pregnant” is on (Settings menu).</source>
        <translation>{code} {name} 未加入：传统上孕期避免按压此穴，而“我正在怀孕”已开启（设置菜单）。</translation>
    </message>
</context>
<context>
    <name>LimitWords</name>
    <message>
        <source>Add at least one point: a routine with no points cannot be saved.</source>
        <translation>请至少添加一个穴位：没有穴位的方案无法保存。</translation>
    </message>
    <message>
        <source>A routine has at most {most} points; this one has {count}.</source>
        <translation>一个方案最多 {most} 个穴位；这个方案有 {count} 个。</translation>
    </message>
    <message>
        <source>{code}: {problem}</source>
        <translation>{code}：{problem}</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>请给方案起个名字。</translation>
    </message>
    <message>
        <source>The name is too long: at most {most} characters, not {count}.</source>
        <translation>名称太长：最多 {most} 个字符，现在是 {count} 个。</translation>
    </message>
    <message>
        <source>This routine takes about {length}, more than {long} minutes. The article “{title}” advises {low} to {high} minutes a session, once or twice a day: fewer rounds or a shorter target length keep within that.</source>
        <translation>这个方案约需 {length}，超过 {long} 分钟。文章“{title}”建议每次 {low} 到 {high} 分钟，每天一到两次：减少遍数或缩短目标时长就能控制在这个范围内。</translation>
    </message>
    <message>
        <source>{value} seconds a side is too long: at most {most} seconds ({minutes}) a side.</source>
        <translation>每侧 {value} 秒太长：每侧最多 {most} 秒（{minutes}）。</translation>
    </message>
    <message>
        <source>{value} seconds a side is too short: at least {least} seconds.</source>
        <translation>每侧 {value} 秒太短：至少 {least} 秒。</translation>
    </message>
    <message>
        <source>{value} rounds are too many: at most {most}.</source>
        <translation>{value} 遍太多：最多 {most} 遍。</translation>
    </message>
    <message>
        <source>{value} rounds are too few: at least {least}.</source>
        <translation>{value} 遍太少：至少 {least} 遍。</translation>
    </message>
    <message>
        <source>A target length of {value} minutes is too long: at most {most} minutes.</source>
        <translation>目标时长 {value} 分钟太长：最多 {most} 分钟。</translation>
    </message>
    <message>
        <source>A target length of {value} minutes is too short: at least {least}.</source>
        <translation>目标时长 {value} 分钟太短：至少 {least}。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} 分钟</translation>
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
        <source>&amp;Practice</source>
        <translation>认穴(&amp;P)</translation>
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
    <name>MapView</name>
    <message>
        <source>Body map: %1</source>
        <translation>人体图：%1</translation>
    </message>
    <message>
        <source>Arrow keys or Tab move between points, Enter opens one, Escape clears.</source>
        <translation>用方向键或 Tab 键在穴位间移动，按回车打开，按 Esc 清除。</translation>
    </message>
</context>
<context>
    <name>MarkerItem</name>
    <message>
        <source>on the midline</source>
        <translation>在正中线上</translation>
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
        <source>{code} {pinyin}, {name}, {side}</source>
        <translation>{code} {pinyin}，{name}，{side}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>MMM yyyy</source>
        <comment>QLocale&apos;s date format: a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale&apos;s date format: a day</comment>
        <translation>M月d日</translation>
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
    <name>PersonalRuler</name>
    <message>
        <source>%1 cun</source>
        <translation>%1 寸</translation>
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
        <translation>中等力度按压</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>用力按压</translation>
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
    <name>PracticeDialog</name>
    <message>
        <source>Practice: find the point</source>
        <translation>认穴：找到穴位</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>认穴</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进步</translation>
    </message>
    <message>
        <source>Acupoint names a point and a side, and you show where it is on the close-up: click it, or move the cross-hair with the arrow keys (Shift for bigger steps) and press Enter. Then you see where it is, the landmark it is found from and the measure, and how far off you were in cun: your own finger widths (a thumb is 1 cun). Points you miss come up more often.</source>
        <translation>Acupoint 说出一个穴位和一侧，你在局部图上指出它的位置：点击它，或用方向键移动十字准线（按住 Shift 移动得更快），然后按回车。接着你会看到穴位的准确位置、取穴所依据的体表标志和量法，以及你偏了多少寸——按你自己的手指同身寸计算（拇指宽为 1 寸）。没找准的穴位会更常出现。</translation>
    </message>
    <message>
        <source>Questions in a round:</source>
        <translation>每轮题数：</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>See your progress</source>
        <translation>查看你的进步</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Click where it is, or use the arrow keys and Enter.</source>
        <translation>点击穴位所在处，或使用方向键和回车。</translation>
    </message>
    <message>
        <source>See how the round went</source>
        <translation>查看本轮结果</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>再来一轮</translation>
    </message>
</context>
<context>
    <name>PracticePresenter</name>
    <message>
        <source>Practice is not available</source>
        <translation>认穴练习不可用</translation>
    </message>
    <message>
        <source>The close-ups could not be read: %1</source>
        <translation>无法读取局部图：%1</translation>
    </message>
    <message>
        <source>Practice answers could not be saved to the history (%1).</source>
        <translation>认穴练习的作答无法保存到记录中（%1）。</translation>
    </message>
</context>
<context>
    <name>PracticeProgressView</name>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Last answers</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找准</translation>
    </message>
    <message>
        <source>Cun off, on average</source>
        <translation>平均偏差（寸）</translation>
    </message>
    <message>
        <source>Points mastered (found the last three times): %1 of %2.</source>
        <translation>已掌握的穴位（最近三次都找准）：%1 个，共 %2 个。</translation>
    </message>
    <message>
        <source>{points}.</source>
        <translation>{points}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) in all.</source>
        <translation>
            <numerusform>共作答 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day under the chart, as QLocale writes it: 3 Mar</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>PracticeWords</name>
    <message>
        <source>within a finger width</source>
        <translation>在一拇指宽（1 寸）以内</translation>
    </message>
    <message>
        <source>within two finger widths</source>
        <translation>在二横指（1.5 寸）以内</translation>
    </message>
    <message>
        <source>within four finger widths</source>
        <translation>在四横指（一夫）以内</translation>
    </message>
    <message>
        <source>more than four finger widths away</source>
        <translation>超过四横指</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Click where {code} ({name}) is, on your {side} side.</source>
        <translation>请点击你身体{side}侧的 {code}（{name}）所在处。</translation>
    </message>
    <message>
        <source>Click where {code} ({name}) is.</source>
        <translation>请点击 {code}（{name}）所在处。</translation>
    </message>
    <message>
        <source>{cun} cun off: {band}.</source>
        <translation>偏差 {cun} 寸：{band}。</translation>
    </message>
    <message>
        <source>Found.</source>
        <translation>找准了。</translation>
    </message>
    <message>
        <source>Not yet: the guide shows how to find it.</source>
        <translation>还没找准：找穴指引会演示怎么找。</translation>
    </message>
    <message>
        <source>That was the {clicked} side. {code} on your {asked} side is where the guide shows; on the {clicked} side you were {cun} cun off.</source>
        <translation>你点的是{clicked}侧。你身体{asked}侧的 {code} 在指引所示的位置；在{clicked}侧，你偏差了 {cun} 寸。</translation>
    </message>
    <message>
        <source>Your {side} side</source>
        <translation>你的{side}侧</translation>
    </message>
    <message>
        <source>{found} of {asked} found, {cun} cun off on average.</source>
        <translation>{asked} 题中找准 {found} 题，平均偏差 {cun} 寸。</translation>
    </message>
    <message>
        <source> {count} on the wrong side.</source>
        <translation>有 {count} 题点错了侧。</translation>
    </message>
    <message>
        <source>{off} {verdict}</source>
        <translation>{off}{verdict}</translation>
    </message>
</context>
<context>
    <name>PresserView</name>
    <message>
        <source>As you stand behind them</source>
        <translation>你站在对方身后时</translation>
    </message>
    <message>
        <source>As you face them</source>
        <translation>你面对对方时</translation>
    </message>
    <message>
        <source>their left</source>
        <translation>对方的左侧</translation>
    </message>
    <message>
        <source>their right</source>
        <translation>对方的右侧</translation>
    </message>
    <message>
        <source>%1: %2 is on your left, %3 on your right</source>
        <translation>%1：%2在你的左手边，%3在你的右手边</translation>
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
        <source>d MMMM yyyy</source>
        <comment>the sheet&apos;s date, as QLocale writes it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Worded for pressing someone else (their left and right)</source>
        <translation>按为别人按压的方式措辞（以对方的左右为准）</translation>
    </message>
    <message>
        <source>Date on the sheet</source>
        <translation>穴位表上的日期</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>For a client (optional)</source>
        <translation>给患者（可选）</translation>
    </message>
    <message>
        <source>e.g. Ann Lee, Riverside Clinic, 01234 567890</source>
        <translation>例如：李安，河畔诊所，01234 567890</translation>
    </message>
    <message>
        <source>A few words for your client, printed under their name</source>
        <translation>给患者的几句话，印在其姓名下方</translation>
    </message>
    <message>
        <source>Your name and contact</source>
        <translation>你的姓名和联系方式</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PrintPresenter</name>
    <message>
        <source>The routine “%1” no longer exists.</source>
        <translation>方案“%1”已不存在。</translation>
    </message>
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
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterWords</name>
    <message>
        <source>none are installed</source>
        <translation>一台也没有安装</translation>
    </message>
    <message>
        <source>unknown printer %1 (printers: %2)</source>
        <translation>没有名为 %1 的打印机（已安装的打印机：%2）</translation>
    </message>
    <message>
        <source>could not print to %1: %2</source>
        <translation>无法用 %1 打印：%2</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>打印机 %1 报告了一个错误</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <source>the format version (schema)</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>the list of routines</source>
        <translation>方案列表</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>the sources</source>
        <translation>出处列表</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>the number of rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>the target length in minutes</source>
        <translation>目标时长（分钟）</translation>
    </message>
    <message>
        <source>the list of points (steps)</source>
        <translation>穴位列表（步骤）</translation>
    </message>
    <message>
        <source>the point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>the seconds per side</source>
        <translation>每侧秒数</translation>
    </message>
    <message>
        <source>the instructions</source>
        <translation>做法说明</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>routine %1</source>
        <translation>第 %1 个方案</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>instruction %1</source>
        <translation>第 %1 条说明</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>第 %1 个出处</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>这个方案</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>这一步</translation>
    </message>
    <message>
        <source>this instruction</source>
        <translation>这条说明</translation>
    </message>
    <message>
        <source>this source</source>
        <translation>这个出处</translation>
    </message>
    <message>
        <source>A colon (:) is out of place. If a name or a text contains “: ”, put it in quotes; otherwise check that this line is indented like the ones around it.</source>
        <translation>有一个冒号（:）位置不对。如果名称或文字中含有“: ”，请给它加上引号；否则请检查这一行的缩进是否与上下行一致。</translation>
    </message>
    <message>
        <source>A tab is used to indent this line: YAML needs spaces.</source>
        <translation>这一行用制表符缩进：YAML 只能用空格缩进。</translation>
    </message>
    <message>
        <source>A value cannot start with “{char}” unless it is in quotes.</source>
        <translation>值不能以“{char}”开头，除非加上引号。</translation>
    </message>
    <message>
        <source>A value starts with a character YAML does not allow: put it in quotes.</source>
        <translation>有一个值以 YAML 不允许的字符开头：请给它加上引号。</translation>
    </message>
    <message>
        <source>The indentation does not line up with the lines above.</source>
        <translation>缩进与上面几行没有对齐。</translation>
    </message>
    <message>
        <source>A “{ … }” is not closed, or a comma is missing between its entries.</source>
        <translation>有一个“{ … }”没有闭合，或者其中各项之间缺少逗号。</translation>
    </message>
    <message>
        <source>A “[ … ]” list is not closed, or a comma is missing between its entries.</source>
        <translation>有一个“[ … ]”列表没有闭合，或者其中各项之间缺少逗号。</translation>
    </message>
    <message>
        <source>A line has no colon: each field is written “field: value”.</source>
        <translation>有一行没有冒号：每个字段都应写成“字段: 值”。</translation>
    </message>
    <message>
        <source>The file ends too early: a quotation mark or a bracket is not closed.</source>
        <translation>文件提前结束了：有引号或括号没有闭合。</translation>
    </message>
    <message>
        <source>“&amp;” and “*” (YAML anchors and aliases) are not allowed: write the value out.</source>
        <translation>不允许使用“&amp;”和“*”（YAML 的锚点和别名）：请把值完整写出。</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document (a line “---”) or another YAML version: keep one.</source>
        <translation>文件中有不止一个 YAML 文档（一行“---”）或另一个 YAML 版本：请只保留一个。</translation>
    </message>
    <message>
        <source>The file holds a control character that text cannot hold.</source>
        <translation>文件中有文本不能包含的控制字符。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
    <message>
        <source>The text is not UTF-8: save the file as UTF-8 text.</source>
        <translation>文本不是 UTF-8 编码：请把文件另存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is too large ({detail}).</source>
        <translation>文件太大（{detail}）。</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}.</source>
        <translation>无法读取文件：{detail}。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the places of a problem: line, routine, step</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a problem&apos;s place, then the problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……还有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not valid YAML here (%1).</source>
        <translation>文件在这里不是有效的 YAML（%1）。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>“%1” is not a field Acupoint knows (is it misspelt?).</source>
        <translation>“%1”不是 Acupoint 认识的字段（是不是拼错了？）。</translation>
    </message>
    <message>
        <source>This file is for another version of Acupoint (schema %1; this one reads %2).</source>
        <translation>这个文件属于另一个版本的 Acupoint（格式版本 %1；本版本读取 %2）。</translation>
    </message>
    <message>
        <source>Acupoint has no point “%1”.</source>
        <translation>Acupoint 中没有穴位“%1”。</translation>
    </message>
    <message>
        <source>Acupoint has no source “%1”.</source>
        <translation>Acupoint 中没有出处“%1”。</translation>
    </message>
    <message>
        <source>Another routine has the id “%1” (on line %2).</source>
        <translation>另一个方案也用了编号“%1”（在第 %2 行）。</translation>
    </message>
    <message>
        <source>“%1” is given twice (first on line %2).</source>
        <translation>“%1”写了两次（第一次在第 %2 行）。</translation>
    </message>
    <message>
        <source>A field name must be a plain word.</source>
        <translation>字段名必须是一个简单的词。</translation>
    </message>
    <message>
        <source>YAML tags (“!!…” or “!…”) are not allowed: write the value plainly.</source>
        <translation>不允许使用 YAML 标签（“!!…”或“!…”）：请直接写出值。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 must be a set of fields (such as “name: …”), not %2.</source>
        <translation>%1必须是一组字段（例如“name: …”），而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be lowercase letters, digits and hyphens (such as “my-evening”).</source>
        <translation>%1只能由小写字母、数字和连字符组成（例如“my-evening”）。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1必须在 %2 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Points to avoid in pregnancy</source>
        <translation>孕期应避免的穴位</translation>
    </message>
    <message>
        <source>This routine includes points traditionally avoided in pregnancy: %1.</source>
        <translation>这个方案包含传统上孕期应避免的穴位：%1。</translation>
    </message>
    <message>
        <source>They will be left out of this session unless you choose to keep them.</source>
        <translation>除非你选择保留，本次练习将略去这些穴位。</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>略去这些穴位</translation>
    </message>
    <message>
        <source>Keep them this time</source>
        <translation>这次保留</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>练习正在进行</translation>
    </message>
    <message>
        <source>Keep the session running in the tray?</source>
        <translation>让练习在系统托盘中继续进行吗？</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>在托盘中继续</translation>
    </message>
    <message>
        <source>A session is running. Stop it and close Acupoint?</source>
        <translation>练习正在进行。要结束练习并关闭 Acupoint 吗？</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>结束并关闭</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete your routine “%1”?</source>
        <translation>要删除你的方案“%1”吗？</translation>
    </message>
    <message>
        <source>This cannot be undone. Your past sessions with it stay in your history.</source>
        <translation>此操作无法撤销。你用这个方案做过的练习仍会保留在记录中。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
    <name>RemindersPresenter</name>
    <message>
        <source>Time for your acupressure routine. Take it slowly, and breathe.</source>
        <translation>该做穴位按压了。慢慢来，注意呼吸。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>About these numbers: pain is the person&apos;s own score from 0 (no pain) to 10 (the worst imaginable), given in Acupoint just before and just after a session, when they chose to give one. Averages are of the scores given. Acupoint records them; it does not judge what they mean.</source>
        <translation>关于这些数字：疼痛是本人自己的评分，从 0（不痛）到 10（能想象的最痛），是在 Acupoint 中练习开始前和结束后、本人愿意填写时给出的。平均值按已填写的评分计算。Acupoint 只做记录，不判断这些数字意味着什么。</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Pain before and after sessions, and sessions, per week</source>
        <translation>每周练习前后的疼痛和练习次数</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>每周练习次数</translation>
    </message>
    <message>
        <source>Pain before and after sessions, and sessions, per month</source>
        <translation>每月练习前后的疼痛和练习次数</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>每月练习次数</translation>
    </message>
    <message>
        <source>Pain before and after sessions, and sessions, per quarter</source>
        <translation>每季度练习前后的疼痛和练习次数</translation>
    </message>
    <message>
        <source>Sessions per quarter</source>
        <translation>每季度练习次数</translation>
    </message>
    <message>
        <source>Pain before and after sessions, and sessions, per year</source>
        <translation>每年练习前后的疼痛和练习次数</translation>
    </message>
    <message>
        <source>Sessions per year</source>
        <translation>每年练习次数</translation>
    </message>
    <message>
        <source>made {day}</source>
        <translation>制作于 {day}</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>To the end</source>
        <translation>做完</translation>
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
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The routines used</source>
        <translation>用过的方案</translation>
    </message>
    <message>
        <source>{name} ({sessions}): {points}</source>
        <translation>{name}（{sessions}）：{points}</translation>
    </message>
    <message>
        <source>{name} ({sessions})</source>
        <translation>{name}（{sessions}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Notes written after sessions</source>
        <translation>练习后写下的备注</translation>
    </message>
    <message>
        <source>{title} for {client}</source>
        <translation>{title}（{client}）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>QLocale&apos;s date format</comment>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Pain (0–10)</source>
        <translation>疼痛（0–10）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Pain before a session (average)</source>
        <translation>练习前疼痛（平均）</translation>
    </message>
    <message>
        <source>Pain after (average)</source>
        <translation>练习后疼痛（平均）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>A page or two for your next visit: sessions per week, your pain before and after them, the routines you used and your notes, from your session history.</source>
        <translation>为下次就诊准备的一两页报告：根据你的练习记录，列出每周练习次数、练习前后的疼痛、用过的方案和你的备注。</translation>
    </message>
    <message>
        <source>Your name, if you like</source>
        <translation>你的姓名（可不填）</translation>
    </message>
    <message>
        <source>Who it is for, e.g. Ann Lee, Riverside Clinic</source>
        <translation>给谁看，例如：李安，河畔诊所</translation>
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
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your practitioner</source>
        <translation>你的治疗师</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
</context>
<context>
    <name>ReportPresenter</name>
    <message>
        <source>No progress report</source>
        <translation>无法生成进展报告</translation>
    </message>
    <message>
        <source>The session history cannot be opened, so there is nothing to report.</source>
        <translation>无法打开练习记录，因此没有可报告的内容。</translation>
    </message>
    <message>
        <source>Your session history could not be read (%1).</source>
        <translation>无法读取你的练习记录（%1）。</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>保存进展报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n 个季度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>the report would end ({end}) before it starts ({start}): --from must be on or before --to</source>
        <translation>报告的结束日（{end}）早于开始日（{start}）：--from 必须早于或等于 --to</translation>
    </message>
    <message>
        <source>The report would end ({last}) before it starts ({first}): choose a first day on or before the last.</source>
        <translation>报告的结束日（{last}）早于开始日（{first}）：请选择一个不晚于结束日的开始日。</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year}年{month}{day}日</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>在 {day}</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>在 {first} 到 {last} 之间</translation>
    </message>
    <message>
        <source>{first}–{last} {month}</source>
        <translation>{month}{first}–{last}日</translation>
    </message>
    <message>
        <source>{first_day} {first_month} – {last_day} {last_month}</source>
        <translation>{first_month}{first_day}日 – {last_month}{last_day}日</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>{first_month}–{last_month} {year}</source>
        <translation>{year}年{first_month}–{last_month}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次练习</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} in {periods} ({finished} to the end); at least one session in each of the {periods}.</source>
        <translation>{periods}内共 {sessions}（{finished} 次做完）；每{unit}都至少练习了一次。</translation>
    </message>
    <message>
        <source>{sessions} in {periods} ({finished} to the end); at least one session in {count} of the {periods}.</source>
        <translation>{periods}内共 {sessions}（{finished} 次做完）；其中 {count} 个{unit}至少练习了一次。</translation>
    </message>
    <message>
        <source>, from 0 (none) to 10 (the worst imaginable)</source>
        <translation>（0 为不痛，10 为能想象的最痛）</translation>
    </message>
    <message>
        <source>No pain scores before sessions.</source>
        <translation>练习前没有疼痛评分。</translation>
    </message>
    <message>
        <source>Pain before sessions{scale}: {first} on average.</source>
        <translation>练习前疼痛{scale}：平均 {first}。</translation>
    </message>
    <message>
        <source>Pain before sessions{scale}: {first} on average in the first {unit} with scores, {last} in the last.</source>
        <translation>练习前疼痛{scale}：在有评分的第一个{unit}平均为 {first}，最后一个{unit}为 {last}。</translation>
    </message>
    <message>
        <source>No pain scores after sessions.</source>
        <translation>练习后没有疼痛评分。</translation>
    </message>
    <message>
        <source>Pain after sessions{scale}: {first} on average.</source>
        <translation>练习后疼痛{scale}：平均 {first}。</translation>
    </message>
    <message>
        <source>Pain after sessions{scale}: {first} on average in the first {unit} with scores, {last} in the last.</source>
        <translation>练习后疼痛{scale}：在有评分的第一个{unit}平均为 {first}，最后一个{unit}为 {last}。</translation>
    </message>
    <message>
        <source>No sessions were recorded {when}, so there is nothing to report: a report shows the sessions you do with Acupoint and the pain you note before and after them.</source>
        <translation>{when}没有练习记录，因此没有可报告的内容：报告显示的是你用 Acupoint 做的练习，以及你在练习前后记下的疼痛。</translation>
    </message>
    <message>
        <source>pain {before} → {after}</source>
        <translation>疼痛 {before} → {after}</translation>
    </message>
    <message>
        <source>pain {before} before</source>
        <translation>练习前疼痛 {before}</translation>
    </message>
    <message>
        <source>pain {after} after</source>
        <translation>练习后疼痛 {after}</translation>
    </message>
    <message>
        <source>The {shown} most recent; 1 older note is in Acupoint&apos;s session history.</source>
        <translation>这里是最近的 {shown} 条；另有 1 条较早的备注在 Acupoint 的练习记录中。</translation>
    </message>
    <message numerus="yes">
        <source>The {shown} most recent; %n older notes are in Acupoint&apos;s session history.</source>
        <translation>
            <numerusform>这里是最近的 {shown} 条；另有 %n 条较早的备注在 Acupoint 的练习记录中。</numerusform>
        </translation>
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
        <translation> 秒（每侧）</translation>
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
        <source>, </source>
        <translation>、</translation>
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
        <source>Nothing to press alone: a partner helps with every point of this routine. Untick “Only points I can reach alone”, or choose another routine.</source>
        <translation>没有可以独自按压的穴位：这个方案的每个穴位都需要别人帮忙。请取消勾选“只选自己按得到的穴位”，或换一个方案。</translation>
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
    <message numerus="yes">
        <source>Saved %n routine(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个方案保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ruler</name>
    <message>
        <source>Your own cun ruler</source>
        <translation>你自己的同身寸尺</translation>
    </message>
    <message>
        <source>Your measure: {measure} = {mm} mm, so one cun is {cun_mm} mm.</source>
        <translation>你的量法：{measure} = {mm} 毫米，所以 1 寸为 {cun_mm} 毫米。</translation>
    </message>
    <message>
        <source>Print at 100 % (actual size). The line below must measure exactly 50 mm; if not, the printer scaled it.</source>
        <translation>请按 100%（实际大小）打印。下面这条线必须正好是 50 毫米；如果不是，说明打印机缩放了页面。</translation>
    </message>
    <message>
        <source>{measure}: {cun} cun</source>
        <translation>{measure}：{cun} 寸</translation>
    </message>
    <message>
        <source>cun ({mm} mm each)</source>
        <translation>寸（每寸 {mm} 毫米）</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>The warning signs above are general medical advice, and the studies are named so that you can look them up: neither comes from the articles the point descriptions are taken from.</source>
        <translation>上面的警示症状是一般性的医学建议，列出研究名称是为了方便你查阅：两者都不是出自穴位说明所依据的文章。</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>See a doctor first if you have any of these</source>
        <translation>如有以下任何情况，请先去看医生</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>研究证据怎么说</translation>
    </message>
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
    <name>SearchWords</name>
    <message>
        <source>Low back</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>髋部</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>足部</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>手部</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>腹部</translation>
    </message>
    <message>
        <source>Shoulder blade</source>
        <translation>肩胛部</translation>
    </message>
    <message>
        <source>sciatica</source>
        <translation>坐骨神经痛</translation>
    </message>
    <message>
        <source>lower back pain</source>
        <translation>腰痛</translation>
    </message>
    <message>
        <source>hip pain</source>
        <translation>髋部疼痛</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>膝</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>僵硬</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>臀</translation>
    </message>
    <message>
        <source>leg pain</source>
        <translation>腿痛</translation>
    </message>
    <message>
        <source>muscle tension</source>
        <translation>肌肉紧张</translation>
    </message>
    <message>
        <source>shoulder</source>
        <translation>肩</translation>
    </message>
</context>
<context>
    <name>SessionCloseupPresenter</name>
    <message>
        <source>Find {0} first: the timer waits until you start pressing.</source>
        <translation>先找到 {0}：计时会等到你开始按压。</translation>
    </message>
    <message>
        <source>Start pressing</source>
        <translation>开始按压</translation>
    </message>
    <message>
        <source>The timer waits while you find {0}.</source>
        <translation>你找 {0} 的时候，计时暂停。</translation>
    </message>
    <message>
        <source>Go on pressing</source>
        <translation>继续按压</translation>
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
        <source>Steps are worded for you, the presser: your partner&apos;s left and right, and where they are from you</source>
        <translation>步骤按你（按压者）的角度措辞：对方的左右，以及它们在你的哪一边</translation>
    </message>
    <message>
        <source>Leave out the points the articles say are hard to reach yourself</source>
        <translation>略去文献认为自己难以按到的穴位</translation>
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
        <source>I am pressing for someone else</source>
        <translation>我在为别人按压</translation>
    </message>
    <message>
        <source>Only points I can reach alone</source>
        <translation>只选自己按得到的穴位</translation>
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
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Left out, pressing alone: %1.</source>
        <translation>独自按压时略去：%1。</translation>
    </message>
    <message>
        <source>A partner helps with %1.</source>
        <translation>%1 需要别人帮忙。</translation>
    </message>
    <message>
        <source>You are pressing for someone else: every point can be reached</source>
        <translation>你在为别人按压：每个穴位都能按到</translation>
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
        <source>Acupoint — %1</source>
        <translation>Acupoint — %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved to %1: %2.</source>
        <translation>你的设置无法保存到 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>the sheet&apos;s date, as QLocale writes it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧面</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧面</translation>
    </message>
    <message>
        <source>Right sole</source>
        <translation>右脚底</translation>
    </message>
    <message>
        <source>Left sole</source>
        <translation>左脚底</translation>
    </message>
    <message>
        <source>Their right</source>
        <translation>对方的右侧</translation>
    </message>
    <message>
        <source>Their left</source>
        <translation>对方的左侧</translation>
    </message>
    <message>
        <source>Their right side</source>
        <translation>对方的右侧面</translation>
    </message>
    <message>
        <source>Their left side</source>
        <translation>对方的左侧面</translation>
    </message>
    <message>
        <source>Their right sole</source>
        <translation>对方的右脚底</translation>
    </message>
    <message>
        <source>Their left sole</source>
        <translation>对方的左脚底</translation>
    </message>
    <message>
        <source>Notes: where the sources differ, and how the articles&apos; points were matched</source>
        <translation>注释：各来源的不同之处，以及文章中的穴位是如何对应的</translation>
    </message>
    <message>
        <source>{number}. {codes}: {text}</source>
        <translation>{number}. {codes}：{text}</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全须知</translation>
    </message>
    <message>
        <source>See a doctor first if you have (general medical advice, see Sources):</source>
        <translation>如有以下情况，请先去看医生（一般性医学建议，见“来源”）：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{sources}.</source>
        <translation>{sources}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>SheetTable</name>
    <message>
        <source>⚠ NOT IN PREGNANCY.</source>
        <translation>⚠ 孕期禁用。</translation>
    </message>
    <message>
        <source>Grey numbers are points traditionally left out in pregnancy: do not press them.</source>
        <translation>灰色编号的穴位传统上孕期不用：请不要按压。</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>轻柔</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等力度</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>用力</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <source>Where and how to find it</source>
        <translation>位置与取穴方法</translation>
    </message>
    <message>
        <source>How to press</source>
        <translation>按压方法</translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation>（又作 %1）</translation>
    </message>
    <message>
        <source>{pressure}, {motion}; {seconds} s on each side.</source>
        <translation>{pressure}，{motion}；每侧 {seconds} 秒。</translation>
    </message>
    <message>
        <source>{pressure}, {motion}; {seconds} s (on the midline).</source>
        <translation>{pressure}，{motion}；{seconds} 秒（位于正中线上）。</translation>
    </message>
    <message>
        <source>Needs a partner.</source>
        <translation>需要别人帮忙。</translation>
    </message>
    <message>
        <source>A partner helps.</source>
        <translation>有人帮忙更好。</translation>
    </message>
    <message>
        <source>The points, in the order to press them</source>
        <translation>穴位（按按压顺序排列）</translation>
    </message>
</context>
<context>
    <name>SheetWords</name>
    <message>
        <source>Pressing for someone else: left and right are always your partner&apos;s own. Standing behind them, their left is on your left; facing them, it is on your right. The directions are written for them: read them out, or find the landmarks on them.</source>
        <translation>为别人按压时：左右始终以对方自己的左右为准。站在对方身后时，对方的左侧在你的左手边；面对对方时，则在你的右手边。取穴说明是按对方的身体写的：可以读给对方听，或在对方身上找到这些标志。</translation>
    </message>
    <message numerus="yes">
        <source>unknown point(s): %1 (codes look like BL23, GB30 or B54)</source>
        <translation>
            <numerusform>未知的穴位：%1（穴位代码形如 BL23、GB30 或 B54）</numerusform>
        </translation>
    </message>
    <message>
        <source>no points chosen</source>
        <translation>没有选择穴位</translation>
    </message>
    <message>
        <source>Selected points</source>
        <translation>所选穴位</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个穴位</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({left_out} left out in pregnancy)</source>
        <translation>{count}（孕期略去 {left_out} 个）</translation>
    </message>
    <message numerus="yes">
        <source>{count}, {times} through the list: about %n minute(s)</source>
        <translation>
            <numerusform>{count}，按顺序做{times}：约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: none to press</source>
        <translation>{count}：没有要按压的穴位</translation>
    </message>
    <message>
        <source> · from “{title}”</source>
        <translation> · 出自英文文章《{title}》</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>做法</translation>
    </message>
    <message>
        <source>How to do it, from “{title}”</source>
        <translation>做法，出自英文文章《{title}》</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一遍</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>两遍</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n 遍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}½ minutes</source>
        <translation>{number} 分半钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Press {time} on each side of each point</source>
        <translation>每个穴位每侧按压 {time}</translation>
    </message>
    <message>
        <source>Press {shortest} to {longest} on each side, as the table says</source>
        <translation>每侧按压 {shortest}到{longest}，以表中所列为准</translation>
    </message>
    <message>
        <source> (once for {codes}, on the midline)</source>
        <translation>（{codes}位于正中线上，只按一次）</translation>
    </message>
    <message numerus="yes">
        <source>going through the list {times} takes about %n minute(s)</source>
        <translation>
            <numerusform>按顺序做{times}约需 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>, without the grey points</source>
        <translation>，不含灰色穴位</translation>
    </message>
    <message>
        <source>{press}; {whole}.</source>
        <translation>{press}；{whole}。</translation>
    </message>
    <message>
        <source> (Acupoint&apos;s choice)</source>
        <translation>（Acupoint 的建议）</translation>
    </message>
    <message>
        <source> (from {titles})</source>
        <translation>（出自{titles}）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) on each side, unless the table says otherwise.</source>
        <translation>
            <numerusform>除非表中另有说明，每侧约按 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>A session takes {low}–{high} minutes. {how_often}</source>
        <translation>一次练习需要 {low}–{high} 分钟。{how_often}</translation>
    </message>
    <message numerus="yes">
        <source>See note(s) %1 below.</source>
        <translation>
            <numerusform>见下方注释 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideCaptions</name>
    <message>
        <source>Their left</source>
        <translation>对方的左侧</translation>
    </message>
    <message>
        <source>Their right</source>
        <translation>对方的右侧</translation>
    </message>
    <message>
        <source>Their left side</source>
        <translation>对方的左侧</translation>
    </message>
    <message>
        <source>Their right side</source>
        <translation>对方的右侧</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Your left side</source>
        <translation>你的左侧</translation>
    </message>
    <message>
        <source>Your right side</source>
        <translation>你的右侧</translation>
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
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>your partner&apos;s {side} side</source>
        <translation>对方的{side}侧</translation>
    </message>
    <message>
        <source>Their own {side}: on your {side} as you stand behind them.</source>
        <translation>对方自己的{side}侧：你站在对方身后时，在你的{side}手边。</translation>
    </message>
    <message>
        <source>Their own {side}: on your {other} as you face them.</source>
        <translation>对方自己的{side}侧：你面对对方时，在你的{other}手边。</translation>
    </message>
    <message>
        <source>Their own {side}, as they feel it.</source>
        <translation>以对方自己的感觉为准的{side}侧。</translation>
    </message>
    <message>
        <source>Your partner&apos;s {side} side, on your {side}.</source>
        <translation>对方的{side}侧，在你的{side}手边。</translation>
    </message>
    <message>
        <source>Your partner&apos;s {side} side, on your {other}.</source>
        <translation>对方的{side}侧，在你的{other}手边。</translation>
    </message>
    <message>
        <source>Your partner&apos;s {side} side.</source>
        <translation>对方的{side}侧。</translation>
    </message>
    <message>
        <source>Switch to your partner&apos;s {side} side, on your {side} as you stand behind them.</source>
        <translation>换到对方的{side}侧：你站在对方身后时，在你的{side}手边。</translation>
    </message>
    <message>
        <source>Switch to your partner&apos;s {side} side, on your {other} as you face them.</source>
        <translation>换到对方的{side}侧：你面对对方时，在你的{other}手边。</translation>
    </message>
    <message>
        <source>Switch to your partner&apos;s {side} side.</source>
        <translation>换到对方的{side}侧。</translation>
    </message>
    <message>
        <source>{how}, {motion}. Ask your partner to breathe slowly.</source>
        <translation>{how}，{motion}。请对方慢慢呼吸。</translation>
    </message>
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
            <numerusform>练习已结束：共 %n 步，完成了 {completed} 步。</numerusform>
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
    <message>
        <source>{where} {step}</source>
        <translation>{where}{step}</translation>
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
<context>
    <name>UserFolders</name>
    <message>
        <source>no permission to write there</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>Acupoint keeps your routines, settings and session history in
%1
but cannot use that folder: %2.

Check that the folder can be written to, or start Acupoint with ACUPOINT_DATA_DIR set to a folder that can.</source>
        <translation>Acupoint 把你的方案、设置和练习记录保存在
%1
但无法使用这个文件夹：%2。

请确认这个文件夹可以写入，或者在启动 Acupoint 时把 ACUPOINT_DATA_DIR 设为一个可以写入的文件夹。</translation>
    </message>
</context>
</TS>
