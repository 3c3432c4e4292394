<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArchBoard::CompareDock</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Choose File → Compare With… to see what changed against another version.</source>
        <translation>选择“文件 → 比较…”查看与另一版本相比的变化。</translation>
    </message>
    <message>
        <source>Compare Again</source>
        <translation>重新比较</translation>
    </message>
    <message>
        <source>Compare the workspace as it is now with the same version</source>
        <translation>将当前工作区与同一版本重新比较</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>the open workspace</source>
        <translation>当前打开的工作区</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Model changes (%1)</source>
        <translation>模型变更（%1）</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>None of the engines&apos; results moved.</source>
        <translation>各引擎的结果均未变化。</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选型</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>上下文映射</translation>
    </message>
    <message>
        <source>appeared: </source>
        <translation>新出现：</translation>
    </message>
    <message>
        <source>resolved: </source>
        <translation>已解决：</translation>
    </message>
    <message>
        <source>reworded: </source>
        <translation>措辞变化：</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>%1 is not in the open workspace (removed, or changed since the comparison).</source>
        <translation>当前工作区中没有该%1（已删除，或在比较之后已更改）。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::CompareSourceDialog</name>
    <message>
        <source>Compare With</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Another workspace file…</source>
        <translation>另一个工作区文件…</translation>
    </message>
    <message>
        <source>A git revision of the open file:</source>
        <translation>当前文件的某个 git 修订版本：</translation>
    </message>
    <message>
        <source>The open workspace has not been saved to a file.</source>
        <translation>当前工作区尚未保存为文件。</translation>
    </message>
    <message>
        <source>git does not track %1.</source>
        <translation>git 未跟踪 %1。</translation>
    </message>
    <message>
        <source>No commit has this file yet.</source>
        <translation>尚无包含此文件的提交。</translation>
    </message>
    <message>
        <source>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</source>
        <translation>ArchBoard 工作区 (*.archboard *.archboard.yaml *.archboard.yml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ContextMapPage</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>领域类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>整张映射图</translation>
    </message>
    <message>
        <source>Neighbourhood, 1 step</source>
        <translation>邻域，1 步</translation>
    </message>
    <message>
        <source>Neighbourhood, 2 steps</source>
        <translation>邻域，2 步</translation>
    </message>
    <message>
        <source>Only the selected context and the contexts that many relations away</source>
        <translation>仅显示所选上下文以及相隔这么多条关系的上下文</translation>
    </message>
    <message>
        <source>Import CML…</source>
        <translation>导入 CML…</translation>
    </message>
    <message>
        <source>Add the bounded contexts and relationships of a Context Mapper (CML) file</source>
        <translation>添加 Context Mapper（CML）文件中的限界上下文与关系</translation>
    </message>
    <message>
        <source>Export CML…</source>
        <translation>导出 CML…</translation>
    </message>
    <message>
        <source>Save the context map as a Context Mapper (CML) file</source>
        <translation>将上下文映射保存为 Context Mapper（CML）文件</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>API-protocol consistency: %1 % (%2 of %3 integrations use an approved protocol)</source>
        <translation>API 协议一致性：%1 %（%3 个集成中有 %2 个使用已批准的协议）</translation>
    </message>
    <message>
        <source>API-protocol consistency: no integrations to measure</source>
        <translation>API 协议一致性：没有可度量的集成</translation>
    </message>
    <message>
        <source>API-protocol consistency: not measured (no approved protocols)</source>
        <translation>API 协议一致性：未度量（没有已批准的协议）</translation>
    </message>
    <message>
        <source>No findings: the map passes every check.</source>
        <translation>没有发现项：映射图通过了所有检查。</translation>
    </message>
    <message>
        <source>Neighbourhood of %1: %2 of %3 contexts</source>
        <translation>%1 的邻域：%3 个上下文中的 %2 个</translation>
    </message>
    <message>
        <source>Two steps around %1: %2 of %3 contexts</source>
        <translation>%1 周围两步：%3 个上下文中的 %2 个</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing was imported.</source>
        <translation>工作区以只读方式打开；未导入任何内容。</translation>
    </message>
    <message>
        <source>Import CML from %1</source>
        <translation>从 %1 导入 CML</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未导入任何内容：%2</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3.</source>
        <translation>已从 %3 导入 %1 和 %2。</translation>
    </message>
    <message>
        <source>1 bounded context</source>
        <translation>1 个限界上下文</translation>
    </message>
    <message>
        <source>%1 bounded contexts</source>
        <translation>%1 个限界上下文</translation>
    </message>
    <message>
        <source>1 relation</source>
        <translation>1 条关系</translation>
    </message>
    <message>
        <source>%1 relations</source>
        <translation>%1 条关系</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Exported the context map to %1.</source>
        <translation>已将上下文映射导出到 %1。</translation>
    </message>
    <message>
        <source>Import Context Mapper File</source>
        <translation>导入 Context Mapper 文件</translation>
    </message>
    <message>
        <source>Context Mapper (*.cml);;All files (*)</source>
        <translation>Context Mapper (*.cml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import CML</source>
        <translation>导入 CML</translation>
    </message>
    <message>
        <source>Export Context Mapper File</source>
        <translation>导出 Context Mapper 文件</translation>
    </message>
    <message>
        <source>Context Mapper (*.cml)</source>
        <translation>Context Mapper (*.cml)</translation>
    </message>
    <message>
        <source>Export CML</source>
        <translation>导出 CML</translation>
    </message>
    <message>
        <source>What CML cannot carry, left out or changed (%1):</source>
        <translation>CML 无法承载、已省略或改动的内容（%1 项）：</translation>
    </message>
    <message>
        <source>… and %1 more in the details.</source>
        <translation>……另有 %1 项见详细信息。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DecidedInLabel</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Decided in: %1</source>
        <translation>决定于：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::DecisionPanel</name>
    <message>
        <source>Draft from Analysis…</source>
        <translation>根据分析起草…</translation>
    </message>
    <message>
        <source>A new proposed record for one SLA tier, pre-filled from the ranking, the TCO scenarios and the fragmentation metrics; its figures are frozen with it.</source>
        <translation>为一个 SLA 等级新建一条提议中的决策记录，预先填入排名、TCO 场景和碎片化指标；其中的数据随记录一同冻结。</translation>
    </message>
    <message>
        <source>Export MADR…</source>
        <translation>导出 MADR…</translation>
    </message>
    <message>
        <source>Every record as a MADR 4 Markdown file (NNNN-title.md) in a folder, readable by adr-tools and log4brains.</source>
        <translation>将每条记录作为 MADR 4 Markdown 文件（NNNN-title.md）保存到一个文件夹中，可供 adr-tools 和 log4brains 读取。</translation>
    </message>
    <message>
        <source>Export MADR writes the title as the first line and the YAML metadata in a comment at the end, so that “adr generate toc” shows the titles. Unchecked: YAML front matter first (MADR 4).</source>
        <translation>导出 MADR 时将标题写在第一行，并将 YAML 元数据写在末尾的注释中，以便“adr generate toc”显示标题。不勾选时：YAML 前置元数据在前（MADR 4）。</translation>
    </message>
    <message>
        <source>Import ADR Folder…</source>
        <translation>导入 ADR 文件夹…</translation>
    </message>
    <message>
        <source>Records from a folder of MADR 2/3/4 or adr-tools (Nygard) files, added with new numbers where taken.</source>
        <translation>从包含 MADR 2/3/4 或 adr-tools（Nygard）文件的文件夹导入记录；编号已被占用时分配新编号。</translation>
    </message>
    <message>
        <source>Select a record to see the elements it decides.</source>
        <translation>选择一条记录以查看它所决定的元素。</translation>
    </message>
    <message>
        <source>%1 “%2” (missing)</source>
        <translation>%1 “%2”（缺失）</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Decides: no linked elements.</source>
        <translation>决定：无关联元素。</translation>
    </message>
    <message>
        <source>Decides: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>%1: was %2, now %3</source>
        <translation>%1：原为 %2，现为 %3</translation>
    </message>
    <message>
        <source>%1: was %2, no longer in the model</source>
        <translation>%1：原为 %2，已不在模型中</translation>
    </message>
    <message>
        <source>and %1 more (see Problems)</source>
        <translation>另有 %1 项（见“问题”）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model has moved since this record was drafted.&lt;/b&gt; %1 of its frozen figures differ:</source>
        <translation>&lt;b&gt;自起草此记录以来，模型已发生变化。&lt;/b&gt;其中 %1 项冻结数据已不同：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded by %1&lt;/b&gt; but still linked to %2 element(s): link them from %1 and remove the links here.</source>
        <translation>&lt;b&gt;已被 %1 取代&lt;/b&gt;，但仍关联着 %2 个元素：请从 %1 关联这些元素，并删除此处的关联。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Superseded&lt;/b&gt; but still linked to %1 element(s).</source>
        <translation>&lt;b&gt;已被取代&lt;/b&gt;，但仍关联着 %1 个元素。</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>%1: no decision records found</source>
        <translation>%1：未找到决策记录</translation>
    </message>
    <message numerus="yes">
        <source>Import %n decision record(s)</source>
        <translation>
            <numerusform>导入 %n 条决策记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no SLA tiers to draft a record for.</source>
        <translation>工作区中没有可为其起草记录的 SLA 等级。</translation>
    </message>
    <message>
        <source>Draft from Analysis</source>
        <translation>根据分析起草</translation>
    </message>
    <message>
        <source>SLA tier to decide for:</source>
        <translation>要决策的 SLA 等级：</translation>
    </message>
    <message>
        <source>Export Decision Records (MADR)</source>
        <translation>导出决策记录（MADR）</translation>
    </message>
    <message>
        <source>Export MADR</source>
        <translation>导出 MADR</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ADR Folder</source>
        <translation>导入 ADR 文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) could not be mapped; see the details.</source>
        <translation>
            <numerusform>有 %n 项无法映射；请查看详细信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (Linked elements tab)</source>
        <translation>
            <numerusform>及其他 %n 项（见“关联元素”选项卡）</numerusform>
        </translation>
    </message>
    <message>
        <source>adr-tools and log4brains compatible (title on the first line)</source>
        <translation>兼容 adr-tools 与 log4brains（标题位于第一行）</translation>
    </message>
    <message>
        <source>Re-freeze Figures</source>
        <translation>重新冻结数据</translation>
    </message>
    <message>
        <source>The board has looked at the changes: the record&apos;s frozen figures take the model&apos;s current values (one undo step).</source>
        <translation>委员会已审阅这些变化：记录中冻结的数据改为模型的当前值（一个撤销步骤）。</translation>
    </message>
    <message numerus="yes">
        <source>%n frozen figure(s) updated to the model&apos;s current values.</source>
        <translation>
            <numerusform>已将 %n 项冻结数据更新为模型的当前值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-freeze the figures of %1</source>
        <translation>重新冻结 %1 的数据</translation>
    </message>
    <message>
        <source>Supersede with New Draft</source>
        <translation>以新草案取代</translation>
    </message>
    <message>
        <source>The decision needs revisiting: a new record is drafted from the model as it is now for the same SLA tier, this one becomes superseded by it and its links move to the new record (one undo step).</source>
        <translation>该决策需要重新审视：按当前模型为同一 SLA 等级起草一份新记录，本记录被其取代，其关联移到新记录上（一步撤销）。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DiagramRenderer</name>
    <message>
        <source>Laying out the diagram took longer than %1 s and was stopped. The diagram may be too large; filter the model.</source>
        <translation>图的布局耗时超过 %1 秒，已被中止。图可能过大，请筛选模型。</translation>
    </message>
    <message>
        <source>Graphviz crashed while laying out the diagram (the application is not affected).</source>
        <translation>Graphviz 在布局图时崩溃（应用程序未受影响）。</translation>
    </message>
    <message>
        <source>The diagram renderer “%1” could not be started: %2</source>
        <translation>无法启动图渲染器“%1”：%2</translation>
    </message>
    <message>
        <source>The diagram renderer failed (exit code %1).</source>
        <translation>图渲染器失败（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DiagramView</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Ctrl + mouse wheel zooms too</source>
        <translation>Ctrl + 鼠标滚轮也可缩放</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>显示整张图</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save as DOT, SVG, PNG or PDF</source>
        <translation>保存为 DOT、SVG、PNG 或 PDF</translation>
    </message>
    <message>
        <source>Large diagram: straight edges and a quicker layout.</source>
        <translation>大型图：使用直线边和更快的布局。</translation>
    </message>
    <message>
        <source>Very large diagram: laid out force-directed, without groups. Zoom in, click to select.</source>
        <translation>超大型图：采用力导向布局，不分组。放大后点击即可选择。</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>正在布局…</translation>
    </message>
    <message>
        <source>Graphviz: %1</source>
        <translation>Graphviz：%1</translation>
    </message>
    <message>
        <source>The rendered diagram could not be displayed.</source>
        <translation>无法显示渲染后的图。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .dot, .svg, .png or .pdf</source>
        <translation>请选择以 .dot、.svg、.png 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>正在渲染 %1…</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</source>
        <translation>SVG (*.svg);;PNG (*.png);;PDF (*.pdf);;Graphviz DOT (*.dot)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::Document</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source>%1: expected %2 values, got %3</source>
        <translation>%1：应有 %2 个值，实际为 %3 个</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <source>No such value.</source>
        <translation>没有这个值。</translation>
    </message>
    <message>
        <source>Another %1 with the same %2 exists already.</source>
        <translation>已存在另一个具有相同%2的%1。</translation>
    </message>
    <message>
        <source>Change %1 of %2 “%3”</source>
        <translation>修改%2“%3”的%1</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another %2.</source>
        <translation>ID“%1”已被另一个%2使用。</translation>
    </message>
    <message>
        <source>Rename %1 “%2” to “%3”</source>
        <translation>将%1“%2”重命名为“%3”</translation>
    </message>
    <message>
        <source>%1 rows cannot be duplicated.</source>
        <translation>%1行无法复制。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate %1 “%2”</source>
        <translation>复制%1“%2”</translation>
    </message>
    <message>
        <source>%1 has exactly one row.</source>
        <translation>%1只有一行。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Add a %1 first.</source>
        <translation>请先添加一个%1。</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Every combination of %1 exists already.</source>
        <translation>%1的所有组合均已存在。</translation>
    </message>
    <message>
        <source>Nothing to remove.</source>
        <translation>没有可删除的内容。</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>删除%1“%2”</translation>
    </message>
    <message>
        <source>Remove %1 × %2 (with what belongs to them)</source>
        <translation>删除 %1 × %2（连同其所属内容）</translation>
    </message>
    <message>
        <source>Remove %1 “%2” and %3 dependent rows</source>
        <translation>删除%1“%2”及 %3 个依赖行</translation>
    </message>
    <message>
        <source>Cannot move there.</source>
        <translation>无法移动到该位置。</translation>
    </message>
    <message>
        <source>Change %1 “%2”</source>
        <translation>修改%1“%2”</translation>
    </message>
    <message>
        <source>%1 rows do not belong to a %2.</source>
        <translation>%1 行不属于%2。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::DriftGraph</name>
    <message>
        <source>No dependency is used by two or more services: nothing to draw.</source>
        <translation>没有被两个或更多服务使用的依赖：无可绘制内容。</translation>
    </message>
    <message>
        <source>Every shared dependency and every service that uses it.</source>
        <translation>每个共享依赖以及使用它的每个服务。</translation>
    </message>
    <message>
        <source>The %1 worst of %2 shared dependencies and the %3 of their %4 services furthest behind.</source>
        <translation>%2 个共享依赖中最差的 %1 个，以及其 %4 个服务中落后最多的 %3 个。</translation>
    </message>
    <message>
        <source>Hover an edge for the version it uses.</source>
        <translation>将鼠标悬停在边上可查看其使用的版本。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::FragmentationPage</name>
    <message>
        <source>Mismatched only</source>
        <translation>仅显示不匹配项</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>扫描文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ecosystem fragmentation</source>
        <translation>生态系统碎片化</translation>
    </message>
    <message>
        <source>Updating the metrics…</source>
        <translation>正在更新指标…</translation>
    </message>
    <message>
        <source>Scan a monorepo or a folder of checkouts: its manifests become services and dependencies, stored as one undo step.</source>
        <translation>扫描单体仓库或一个包含多个检出的文件夹：其清单文件会成为服务和依赖，并作为一个撤销步骤存储。</translation>
    </message>
    <message>
        <source>Stop the scan; nothing is stored</source>
        <translation>停止扫描；不存储任何内容</translation>
    </message>
    <message>
        <source>Read the manifests of a folder (package.json, go.mod, Cargo.toml, pom.xml, requirements.txt, …) into the workspace</source>
        <translation>将文件夹中的清单文件（package.json、go.mod、Cargo.toml、pom.xml、requirements.txt 等）读入工作区</translation>
    </message>
    <message>
        <source>Filter by service name or id</source>
        <translation>按服务名称或 ID 筛选</translation>
    </message>
    <message>
        <source>Only dependencies of this ecosystem</source>
        <translation>仅显示此生态系统的依赖</translation>
    </message>
    <message>
        <source>Only dependencies used by services of this bounded context</source>
        <translation>仅显示此限界上下文的服务所使用的依赖</translation>
    </message>
    <message>
        <source>Only dependencies used in two or more versions</source>
        <translation>仅显示以两个或更多版本使用的依赖</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Change since the previous scan</source>
        <translation>与上次扫描相比的变化</translation>
    </message>
    <message>
        <source>Version drift</source>
        <translation>版本漂移</translation>
    </message>
    <message>
        <source>Protocol consistency</source>
        <translation>协议一致性</translation>
    </message>
    <message>
        <source>Peer hygiene</source>
        <translation>对等依赖健康度</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>技术栈</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Shared dependencies</source>
        <translation>共享依赖</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>扫描历史</translation>
    </message>
    <message>
        <source>Scan errors</source>
        <translation>扫描错误</translation>
    </message>
    <message>
        <source>Nothing to measure: %1</source>
        <translation>无可度量内容：%1</translation>
    </message>
    <message>
        <source>Now: %1 — %2</source>
        <translation>当前：%1 — %2</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Healthy: %1 %2</source>
        <translation>健康：%1 %2</translation>
    </message>
    <message>
        <source>Warning: %1 %2</source>
        <translation>警告：%1 %2</translation>
    </message>
    <message>
        <source>High: %1 %2</source>
        <translation>高：%1 %2</translation>
    </message>
    <message>
        <source>Severe: above %1</source>
        <translation>严重：高于 %1</translation>
    </message>
    <message>
        <source>Severe: below %1</source>
        <translation>严重：低于 %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>报告值：%1</translation>
    </message>
    <message>
        <source>Click to edit the thresholds.</source>
        <translation>点击编辑阈值。</translation>
    </message>
    <message>
        <source>No threshold for this metric: it is unrated. Click to add one on Thresholds and protocols.</source>
        <translation>此指标没有阈值：未评级。点击在“阈值与协议”中添加。</translation>
    </message>
    <message>
        <source>All ecosystems</source>
        <translation>所有生态系统</translation>
    </message>
    <message>
        <source>All bounded contexts</source>
        <translation>所有限界上下文</translation>
    </message>
    <message>
        <source>Shared dependencies (%1)</source>
        <translation>共享依赖（%1）</translation>
    </message>
    <message>
        <source>Shared dependencies (%1 of %2)</source>
        <translation>共享依赖（%2 个中的 %1 个）</translation>
    </message>
    <message>
        <source>Dependency drift</source>
        <translation>依赖漂移</translation>
    </message>
    <message>
        <source>%1 — click to select it on the Services page</source>
        <translation>%1 — 点击在“服务”页中选中它</translation>
    </message>
    <message>
        <source> — click to show it in the table</source>
        <translation> — 点击在表格中显示</translation>
    </message>
    <message>
        <source>first scan</source>
        <translation>首次扫描</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>自 %1 以来：%2</translation>
    </message>
    <message>
        <source>Scan history (%1)</source>
        <translation>扫描历史（%1）</translation>
    </message>
    <message>
        <source>No scans yet: Scan folder… stores one with its metrics, so later scans can be compared with it.</source>
        <translation>尚无扫描：“扫描文件夹…”会连同指标存储一次扫描，以便之后的扫描与之比较。</translation>
    </message>
    <message>
        <source>One scan so far; the next one is compared with it.</source>
        <translation>目前只有一次扫描；下一次扫描将与之比较。</translation>
    </message>
    <message>
        <source>Choose two different scans.</source>
        <translation>请选择两次不同的扫描。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Scan Folder</source>
        <translation>扫描文件夹</translation>
    </message>
    <message>
        <source>%v of %m manifests</source>
        <translation>%v / %m 个清单文件</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Cancelling the scan of %1…</source>
        <translation>正在取消对 %1 的扫描…</translation>
    </message>
    <message>
        <source>Storing the scan of %1…</source>
        <translation>正在存储对 %1 的扫描…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 个</translation>
    </message>
    <message>
        <source>Every manifest of the last scan was read.</source>
        <translation>上次扫描的每个清单文件都已读取。</translation>
    </message>
    <message>
        <source>Scan errors (%1)</source>
        <translation>扫描错误（%1）</translation>
    </message>
    <message>
        <source>Manifests of the last scan that could not be read; their folders are services without dependencies</source>
        <translation>上次扫描中无法读取的清单文件；其所在文件夹作为没有依赖的服务</translation>
    </message>
    <message>
        <source>Click a service to select it on the Services page.</source>
        <translation>点击服务可在“服务”页中选中它。</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>%1 — members: %2, left out: %3</source>
        <translation>%1 — 成员：%2，排除：%3</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>已排除 %1：%2</translation>
    </message>
    <message>
        <source>No workspace definition found: every folder with a manifest is a service.</source>
        <translation>未找到工作区定义：每个含清单的文件夹都是一个服务。</translation>
    </message>
    <message>
        <source>Workspaces (%1 left out)</source>
        <translation>工作区（已排除 %1 个）</translation>
    </message>
    <message>
        <source>The workspace definitions the last scan honoured, the manifests they left out, and findings about requests (range styles, local packages, catalogs)</source>
        <translation>上次扫描遵循的工作区定义、其排除的清单，以及关于版本请求的发现（范围写法、本地包、catalog 目录）</translation>
    </message>
    <message>
        <source>Finding (%1): %2</source>
        <translation>发现（%1）：%2</translation>
    </message>
    <message>
        <source>The scan of %1 was undone; its services, errors and workspaces are gone with it.</source>
        <translation>%1 的扫描已撤销；它的服务、扫描错误和工作区也随之移除。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::LiveVoting</name>
    <message>
        <source>The workspace is open read-only: the scores could not be written.</source>
        <translation>工作区以只读方式打开：无法写入分数。</translation>
    </message>
    <message numerus="yes">
        <source>Reveal voting round %1 (%n score(s))</source>
        <translation>
            <numerusform>揭晓第 %1 轮投票（%n 个分数）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add rater %1 (live voting)</source>
        <translation>添加评分人 %1（现场投票）</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rater(s) (live voting)</source>
        <translation>
            <numerusform>添加 %n 位评分人（现场投票）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>打开示例工作区(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export a Copy as YAML…</source>
        <translation>导出 YAML 副本(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Context Mapper (CML)…</source>
        <translation>导入 Context Mapper (CML)(&amp;I)…</translation>
    </message>
    <message>
        <source>Export Context Map as &amp;CML…</source>
        <translation>将上下文映射导出为 CML(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ArchBoard</source>
        <translation>关于 ArchBoard(&amp;A)</translation>
    </message>
    <message>
        <source>About ArchBoard</source>
        <translation>关于 ArchBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ArchBoard %1&lt;/h3&gt;&lt;p&gt;An architecture-decision workbench for review boards: selection matrix, bounded-context map, FaaS TCO and ecosystem fragmentation in one editable model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ArchBoard %1&lt;/h3&gt;&lt;p&gt;面向架构评审委员会的架构决策工作台：选型矩阵、限界上下文映射、FaaS TCO 与生态系统碎片化，集于一个可编辑的模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Name, description and the settings that apply to the whole workspace.</source>
        <translation>名称、描述以及适用于整个工作区的设置。</translation>
    </message>
    <message>
        <source>Selection matrix</source>
        <translation>选型矩阵</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>The technologies the board chooses between; only shortlisted ones enter the matrix.</source>
        <translation>委员会在其间进行选择的技术；只有入围的技术才会进入矩阵。</translation>
    </message>
    <message>
        <source>Criteria and measurements</source>
        <translation>评估标准与测量值</translation>
    </message>
    <message>
        <source>What candidates are compared on, with unit and direction; raw measurements with their source.</source>
        <translation>候选技术的比较依据，含单位和方向；以及带来源的原始测量值。</translation>
    </message>
    <message>
        <source>SLA tiers</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>Each tier weights the criteria its own way and may knock candidates out with must-pass thresholds.</source>
        <translation>每个等级以自己的方式为评估标准设定权重，并可通过必须满足的阈值淘汰候选技术。</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <source>Evaluated in order for every bounded context; the first rule whose conditions all hold recommends its candidate.</source>
        <translation>对每个限界上下文按顺序评估；第一条所有条件都成立的规则推荐其候选技术。</translation>
    </message>
    <message>
        <source>Raters and ratings</source>
        <translation>评分人与评分</translation>
    </message>
    <message>
        <source>The workshop&apos;s raters and every rating as a table.</source>
        <translation>研讨会的评分人以及以表格形式列出的每项评分。</translation>
    </message>
    <message>
        <source>Matrix and ranking</source>
        <translation>矩阵与排名</translation>
    </message>
    <message>
        <source>Workshop scoring</source>
        <translation>研讨会评分</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>上下文映射</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Language, data format, sync mechanism, latency tolerance and SLA tier of each context.</source>
        <translation>每个上下文的语言、数据格式、同步机制、延迟容忍度和 SLA 等级。</translation>
    </message>
    <message>
        <source>Context relations</source>
        <translation>上下文关系</translation>
    </message>
    <message>
        <source>Upstream/downstream relations with their DDD pattern, mechanism and format.</source>
        <translation>上游/下游关系及其 DDD 模式、机制和格式。</translation>
    </message>
    <message>
        <source>Map and findings</source>
        <translation>映射图与发现项</translation>
    </message>
    <message>
        <source>FaaS TCO</source>
        <translation>FaaS TCO</translation>
    </message>
    <message>
        <source>TCO scenarios</source>
        <translation>TCO 场景</translation>
    </message>
    <message>
        <source>A baseline and its variants: every parameter of the cost model.</source>
        <translation>一个基线及其变体：成本模型的每个参数。</translation>
    </message>
    <message>
        <source>Language cost profiles</source>
        <translation>语言成本画像</translation>
    </message>
    <message>
        <source>Per-language factor, cold start and monitoring effort (seed §2.5).</source>
        <translation>各语言的系数、冷启动和监控工作量（种子文章 §2.5）。</translation>
    </message>
    <message>
        <source>FaaS providers</source>
        <translation>FaaS 提供商</translation>
    </message>
    <message>
        <source>Price presets as the providers publish them; editable.</source>
        <translation>提供商公布的价格预设；可编辑。</translation>
    </message>
    <message>
        <source>Cost model and charts</source>
        <translation>成本模型与图表</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Services with their dependencies and API protocols.</source>
        <translation>服务及其依赖和 API 协议。</translation>
    </message>
    <message>
        <source>Thresholds and protocols</source>
        <translation>阈值与协议</translation>
    </message>
    <message>
        <source>Risk bands of the fragmentation metrics and the board&apos;s approved protocols.</source>
        <translation>碎片化指标的风险区间以及委员会批准的协议。</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>扫描历史</translation>
    </message>
    <message>
        <source>Every scan kept in the workspace with its metrics, to compare scans over time.</source>
        <translation>工作区中保存的每次扫描及其指标，用于比较不同时期的扫描。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>MADR records with their considered options and the model elements they decide.</source>
        <translation>MADR 决策记录，包括考虑过的选项以及它们所决定的模型元素。</translation>
    </message>
    <message>
        <source>Radar exports</source>
        <translation>雷达导出</translation>
    </message>
    <message>
        <source>Every exported technology radar blip, to show what moved since the last export.</source>
        <translation>每次导出的技术雷达条目，用于显示自上次导出以来的变化。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> （只读）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>you may not write to this file</source>
        <translation>您没有写入此文件的权限</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Use File → Save As to keep your own copy.</source>
        <translation>已以只读方式打开：%1。请使用“文件 → 另存为”保留您自己的副本。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>ArchBoard workspaces (*.archboard *.archboard.yaml *.archboard.yml);;All files (*)</source>
        <translation>ArchBoard 工作区 (*.archboard *.archboard.yaml *.archboard.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Opened the bundled sample workspace (seed article figures). Save it to keep changes.</source>
        <translation>已打开内置示例工作区（种子文章中的数据）。保存后即可保留更改。</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>ArchBoard workspace (*.archboard);;ArchBoard YAML (*.archboard.yaml)</source>
        <translation>ArchBoard 工作区 (*.archboard);;ArchBoard YAML (*.archboard.yaml)</translation>
    </message>
    <message>
        <source>Export a Copy as YAML</source>
        <translation>导出 YAML 副本</translation>
    </message>
    <message>
        <source>ArchBoard YAML (*.archboard.yaml)</source>
        <translation>ArchBoard YAML (*.archboard.yaml)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported a copy to %1</source>
        <translation>已将副本导出到 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>the unsaved workspace “%1”</source>
        <translation>未保存的工作区“%1”</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>ArchBoard did not close properly. An autosaved copy of %1 from %2 exists.</source>
        <translation>ArchBoard 未正常关闭。存在 %1 于 %2 自动保存的副本。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Recovered the autosaved copy from %1; save to keep it.</source>
        <translation>已恢复 %1 的自动保存副本；请保存以保留它。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>The language changes the next time ArchBoard starts.</source>
        <translation>语言将在下次启动 ArchBoard 时更改。</translation>
    </message>
    <message>
        <source>Export &amp;Tech Radar…</source>
        <translation>导出技术雷达(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only; no record drafted.</source>
        <translation>工作区以只读方式打开；未起草任何记录。</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>起草 %1</translation>
    </message>
    <message>
        <source>Drafted %1 “%2” with %3 frozen figures.</source>
        <translation>已起草 %1 “%2”，其中冻结了 %3 项数据。</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>研讨会模式(&amp;W)</translation>
    </message>
    <message>
        <source>Full screen for the projector: matrix, ranking and sensitivity, scored from the keyboard</source>
        <translation>适用于投影仪的全屏视图：矩阵、排名和敏感性，通过键盘评分</translation>
    </message>
    <message>
        <source>Drafting a record from the analysis…</source>
        <translation>正在根据分析起草记录…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>What changed against another workspace file or a git revision of this one, and what it means</source>
        <translation>与另一个工作区文件或本文件的某个 git 修订版本相比有哪些变化，以及这些变化意味着什么</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>Every revealed round of live voting with each rater&apos;s blind scores, to show how opinions moved.</source>
        <translation>现场投票每一轮已揭晓的结果及各评分人的匿名分数，用于说明意见如何变化。</translation>
    </message>
    <message>
        <source>Open &amp;Voting…</source>
        <translation>开始投票(&amp;V)…</translation>
    </message>
    <message>
        <source>Every board member scores the tier blind from their own phone or laptop; reveal writes the scores into the matrix</source>
        <translation>每位评审成员在自己的手机或笔记本上匿名为该等级打分；揭晓时把分数写入矩阵</translation>
    </message>
    <message>
        <source>Resume live voting?</source>
        <translation>恢复现场投票？</translation>
    </message>
    <message numerus="yes">
        <source>ArchBoard stopped during live voting on the SLA tier “%1” of “%2” (%n event(s) received, the last at %3). Resume the round? The members&apos; pages reconnect by themselves and keep their scores.</source>
        <translation>
            <numerusform>ArchBoard 在“%2”的 SLA 等级“%1”现场投票期间意外停止（已收到 %n 个事件，最后一个在 %3）。要恢复这一轮吗？成员的页面会自动重新连接并保留各自的分数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume Voting</source>
        <translation>恢复投票</translation>
    </message>
    <message>
        <source>Cannot open voting</source>
        <translation>无法开始投票</translation>
    </message>
    <message>
        <source>Voting is open at %1 (join code %2).</source>
        <translation>投票已在 %1 开放（加入码 %2）。</translation>
    </message>
    <message>
        <source>Cannot resume voting</source>
        <translation>无法恢复投票</translation>
    </message>
    <message>
        <source>Values changed while opening</source>
        <translation>打开时已更改的值</translation>
    </message>
    <message>
        <source>%1 had values outside what ArchBoard can compute with; they were brought into range (save to keep them):
%2</source>
        <translation>%1 中有 ArchBoard 无法计算的超范围值，已调整到范围内（保存后生效）：
%2</translation>
    </message>
    <message>
        <source>%1 was changed by another program; saving will ask what to do.</source>
        <translation>%1 已被其他程序修改；保存时将询问如何处理。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since ArchBoard opened or saved it.</source>
        <translation>自 ArchBoard 打开或保存“%1”以来，它已被其他程序修改。</translation>
    </message>
    <message>
        <source>Reload it (changes made here and not saved are lost), keep your version (saving overwrites the other program&apos;s change), or save your version under another name.</source>
        <translation>重新加载（此处未保存的修改将丢失）、保留您的版本（保存会覆盖其他程序的修改），或将您的版本另存为其他文件名。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program.</source>
        <translation>未保存：%1 已被其他程序修改。</translation>
    </message>
    <message>
        <source>Supersede %1 with %2</source>
        <translation>以 %2 取代 %1</translation>
    </message>
    <message>
        <source>The reference data could not be read: %1</source>
        <translation>无法读取参考数据：%1</translation>
    </message>
    <message>
        <source>New workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols.</source>
        <translation>已新建含参考数据的工作区：提供商价格、语言成本画像、SLA 等级、碎片化阈值和批准的协议。</translation>
    </message>
    <message>
        <source>A new workspace with the reference data: provider prices, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</source>
        <translation>新建含参考数据的工作区：提供商价格、语言成本画像、SLA 等级、碎片化阈值和批准的协议</translation>
    </message>
    <message>
        <source>Start Pa&amp;ge</source>
        <translation>起始页(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ArchBoard::MatrixModel</name>
    <message>
        <source>out</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>Score %1 of 100 (rank %2)</source>
        <translation>得分 %1 / 100（排名 %2）</translation>
    </message>
    <message>
        <source>Scored on %1 % of the tier&apos;s weight: some figures are missing.</source>
        <translation>按该等级 %1 % 的权重计分：部分数据缺失。</translation>
    </message>
    <message>
        <source>Knocked out: %1 %2 %3 required, value %4</source>
        <translation>已淘汰：%1 %2 %3 为必需，实际值 %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Normalised %1 (1 = best of the shortlist)</source>
        <translation>归一化值 %1（1 = 入围名单中最佳）</translation>
    </message>
    <message>
        <source>Missing: not measured or rated</source>
        <translation>缺失：未测量或未评分</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rating(s), spread %2</source>
        <translation>
            <numerusform>%n 项评分中的 %1，离散度 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Raters disagree: discuss before deciding.</source>
        <translation>评分人意见分歧：请在决策前讨论。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weighted score in the chosen tier, 0–100</source>
        <translation>所选等级中的加权得分，0–100</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>; rated in the workshop (edit there)</source>
        <translation>；在研讨会中评分（请在那里编辑）</translation>
    </message>
</context>
<context>
    <name>ArchBoard::MismatchModel</name>
    <message>
        <source>Ecosystem</source>
        <translation>生态系统</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>最旧</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Versions in use (services)</source>
        <translation>在用版本（服务）</translation>
    </message>
    <message>
        <source>Semver distance between the oldest and the newest version in use</source>
        <translation>在用最旧与最新版本之间的语义化版本距离</translation>
    </message>
    <message>
        <source>Each version with the number of services on it and the first of them; hover for the list</source>
        <translation>每个版本及使用它的服务数和前几个服务；悬停查看完整列表</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Every service with a comparable version is on %1</source>
        <translation>所有版本可比较的服务都在 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 more versions</source>
        <translation>另有 %1 个版本</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 及另外 %1 个</translation>
    </message>
    <message>
        <source>… and %1 more versions</source>
        <translation>… 以及另外 %1 个版本</translation>
    </message>
</context>
<context>
    <name>ArchBoard::OpenVotingDialog</name>
    <message>
        <source>Open Voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <source>Every board member scores the chosen cells blind from their own phone or laptop. Nobody sees a score until you reveal; the server runs only while voting is open.</source>
        <translation>每位评审成员在自己的手机或笔记本上为所选单元格匿名打分。揭晓之前谁也看不到分数；服务器只在投票开放期间运行。</translation>
    </message>
    <message>
        <source>SLA tier:</source>
        <translation>SLA 等级：</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选项：</translation>
    </message>
    <message>
        <source>Rated criteria:</source>
        <translation>评分型准则：</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation>所有网络接口（0.0.0.0）</translation>
    </message>
    <message>
        <source>Members must reach this address: the LAN the projector&apos;s room shares, not all interfaces</source>
        <translation>成员必须能访问此地址：即会议室投影所在的局域网，而不是所有网络接口</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>TLS (HTTPS) with a fresh self-signed certificate; members compare its fingerprint</source>
        <translation>使用新生成的自签名证书启用 TLS（HTTPS）；成员核对其指纹</translation>
    </message>
</context>
<context>
    <name>ArchBoard::OptionalSpinBox</name>
    <message>
        <source>— (missing)</source>
        <translation>—（缺失）</translation>
    </message>
</context>
<context>
    <name>ArchBoard::RecordForm</name>
    <message>
        <source>Select a row to see all of its fields.</source>
        <translation>选择一行以查看其所有字段。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ScanSession</name>
    <message>
        <source>the workspace was replaced while scanning</source>
        <translation>扫描期间工作区已被替换</translation>
    </message>
    <message>
        <source>A scan is under way.</source>
        <translation>正在扫描。</translation>
    </message>
    <message>
        <source>The workspace is open read-only: a scan cannot be stored.</source>
        <translation>工作区以只读方式打开：无法存储扫描。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled after %2 manifests%3; nothing was stored.</source>
        <translation>对 %1 的扫描在读取 %2 个清单文件后被取消%3；未存储任何内容。</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled%2; nothing was stored.</source>
        <translation>对 %1 的扫描已被取消%2；未存储任何内容。</translation>
    </message>
    <message>
        <source>The workspace kept changing while the scan of %1 was stored; nothing was stored.</source>
        <translation>存储对 %1 的扫描期间工作区一直在变化；未存储任何内容。</translation>
    </message>
    <message>
        <source>The workspace became read-only; the scan of %1 was not stored.</source>
        <translation>工作区已变为只读；对 %1 的扫描未被存储。</translation>
    </message>
    <message>
        <source>Scan %1</source>
        <translation>扫描 %1</translation>
    </message>
    <message>
        <source>The scan of %1 could not be stored.</source>
        <translation>无法存储对 %1 的扫描。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>1 unreadable manifest (see Scan errors)</source>
        <translation>1 个无法读取的清单文件（见“扫描错误”）</translation>
    </message>
    <message>
        <source>%1 unreadable manifests (see Scan errors)</source>
        <translation>%1 个无法读取的清单文件（见“扫描错误”）</translation>
    </message>
    <message>
        <source>Scanned %1 in %2 (reading the manifests %3): %4 manifests, %5 services, %6; stored as one undo step.</source>
        <translation>已扫描 %1，用时 %2（读取清单文件 %3）：%4 个清单文件、%5 个服务、%6；已作为一个撤销步骤存储。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ScenarioComparison</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>成本行</translation>
    </message>
    <message>
        <source>A per year</source>
        <translation>A 每年</translation>
    </message>
    <message>
        <source>B per year</source>
        <translation>B 每年</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message>
        <source>Add TCO scenarios to compare them.</source>
        <translation>添加 TCO 场景后即可比较。</translation>
    </message>
    <message>
        <source>%1 with its what-if values</source>
        <translation>%1（含假设值）</translation>
    </message>
    <message>
        <source>&lt;b&gt;B − A: %1 per year (%2)&lt;/b&gt; · over the horizon %3 (%4)</source>
        <translation>&lt;b&gt;B − A：每年 %1（%2）&lt;/b&gt; · 整个周期 %3（%4）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Total per year</source>
        <translation>每年合计</translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s)</source>
        <translation>
            <numerusform>%n 年合计</numerusform>
        </translation>
    </message>
    <message>
        <source>Over %1 / %2 years</source>
        <translation>%1 / %2 年合计</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
</context>
<context>
    <name>ArchBoard::SelectionPage</name>
    <message>
        <source>Selection matrix and ranking</source>
        <translation>选型矩阵与排名</translation>
    </message>
    <message>
        <source>SLA tier:</source>
        <translation>SLA 等级：</translation>
    </message>
    <message>
        <source>Weights of this tier</source>
        <translation>此等级的权重</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Recommendations per context</source>
        <translation>各上下文的推荐</translation>
    </message>
    <message>
        <source>Show the path of:</source>
        <translation>显示路径：</translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>决策树</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无对象）</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>上下文：%1</translation>
    </message>
    <message>
        <source>Add an SLA tier to rank the candidates.</source>
        <translation>添加一个 SLA 等级以对候选技术排名。</translation>
    </message>
    <message>
        <source>stable: the winner holds until a weight moves %1 pp</source>
        <translation>稳定：在某一权重变动 %1 个百分点之前，胜出者保持不变</translation>
    </message>
    <message>
        <source>stable: no single weight change alters the winner</source>
        <translation>稳定：任何单一权重变动都不会改变胜出者</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;fragile&lt;/span&gt;: a %1 pp weight change alters the winner</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;脆弱&lt;/span&gt;：%1 个百分点的权重变动即会改变胜出者</translation>
    </message>
    <message>
        <source>no eligible candidate: every one is knocked out</source>
        <translation>没有合格的候选技术：全部被淘汰</translation>
    </message>
    <message>
        <source>no decision rule applies</source>
        <translation>没有适用的决策规则</translation>
    </message>
    <message>
        <source>decision rules: %1</source>
        <translation>决策规则：%1</translation>
    </message>
    <message>
        <source>Winner: &lt;b&gt;%1&lt;/b&gt; — %2; %3.</source>
        <translation>胜出者：&lt;b&gt;%1&lt;/b&gt; — %2；%3。</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>当前语言</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>(no rule applies)</source>
        <translation>（没有适用的规则）</translation>
    </message>
    <message>
        <source>no — the rules recommend another language</source>
        <translation>否 — 规则推荐了另一种语言</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>uncontested: the only candidate left after the knock-outs</source>
        <translation>无竞争：淘汰后仅剩的候选</translation>
    </message>
    <message>
        <source>How sure: %1.</source>
        <translation>把握程度：%1。</translation>
    </message>
    <message>
        <source>How sure: computing the win probabilities…</source>
        <translation>把握程度：正在计算胜出概率…</translation>
    </message>
    <message>
        <source>Open Voting…</source>
        <translation>开始投票…</translation>
    </message>
    <message>
        <source>Every board member scores this tier&apos;s rated cells blind from their own phone or laptop</source>
        <translation>每位评审成员在自己的手机或笔记本上为该等级的评分单元格匿名打分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Knocked out: %1.</source>
        <translation>已淘汰：%1。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of menus, pages and messages. The command-line tool follows the system locale.</source>
        <translation>菜单、页面和消息所用的语言。命令行工具始终跟随系统区域设置。</translation>
    </message>
    <message>
        <source>A new language applies the next time ArchBoard starts.</source>
        <translation>新的语言将在下次启动 ArchBoard 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ArchBoard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>研讨会模式</translation>
    </message>
    <message>
        <source>Move the cell cursor</source>
        <translation>移动单元格光标</translation>
    </message>
    <message>
        <source>The current rater&apos;s score of a rated criterion</source>
        <translation>当前评分人对评分类标准的打分</translation>
    </message>
    <message>
        <source>Clear the current rater&apos;s score</source>
        <translation>清除当前评分人的打分</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <source>Next / previous rater</source>
        <translation>下一个 / 上一个评分人</translation>
    </message>
    <message>
        <source>Next / previous SLA tier</source>
        <translation>下一个 / 上一个 SLA 等级</translation>
    </message>
    <message>
        <source>Larger / smaller / default type</source>
        <translation>放大 / 缩小 / 默认字号</translation>
    </message>
    <message>
        <source>Open live voting on this tier (while open: show or hide its panel)</source>
        <translation>在此等级上开始现场投票（投票进行中：显示或隐藏其面板）</translation>
    </message>
    <message>
        <source>Reveal the votes / another round / close voting</source>
        <translation>揭晓投票 / 再来一轮 / 结束投票</translation>
    </message>
    <message>
        <source>Record the decision: leave and draft the tier&apos;s decision record</source>
        <translation>记录决策：离开并起草该等级的决策记录</translation>
    </message>
    <message>
        <source>Show or hide the keys</source>
        <translation>显示或隐藏按键说明</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>离开研讨会模式</translation>
    </message>
</context>
<context>
    <name>ArchBoard::StartPage</name>
    <message>
        <source>Welcome to ArchBoard</source>
        <translation>欢迎使用 ArchBoard</translation>
    </message>
    <message>
        <source>An architecture-decision workbench for review boards: one editable model behind the selection matrix, the bounded-context map, the FaaS cost model, ecosystem fragmentation and the decision records.</source>
        <translation>面向架构评审委员会的决策工作台：选型矩阵、限界上下文映射、FaaS 成本模型、生态碎片化和决策记录共用一个可编辑的模型。</translation>
    </message>
    <message>
        <source>&amp;New Workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <source>A workspace with the reference data only: provider prices with their sources and dates, language cost profiles, SLA tiers, fragmentation thresholds and approved protocols</source>
        <translation>只含参考数据的工作区：注明来源和日期的提供商价格、语言成本画像、SLA 等级、碎片化阈值和批准的协议</translation>
    </message>
    <message>
        <source>New from the &amp;Sample</source>
        <translation>从示例新建(&amp;S)</translation>
    </message>
    <message>
        <source>The seed article&apos;s complete example: candidates, contexts, TCO scenarios, services and decision records, every figure with its source</source>
        <translation>种子文章的完整示例：候选技术、上下文、TCO 场景、服务和决策记录，每个数字都注明来源</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;b&gt;New Workspace&lt;/b&gt; starts with the reference data (providers&apos; prices with their source and date, language cost profiles, SLA tiers, fragmentation thresholds, approved protocols) and none of the sample&apos;s project. &lt;b&gt;New from the Sample&lt;/b&gt; opens the seed article&apos;s complete example to look around in.</source>
        <translation>&lt;b&gt;新建工作区&lt;/b&gt;从参考数据开始（注明来源和日期的提供商价格、语言成本画像、SLA 等级、碎片化阈值、批准的协议），不含示例中的任何项目内容。&lt;b&gt;从示例新建&lt;/b&gt;打开种子文章的完整示例，供您浏览。</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>第一步做什么</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts lists every key; File → Start Page brings this page back.</source>
        <translation>帮助 → 键盘快捷键列出所有按键；文件 → 起始页可回到此页。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>还没有最近打开的文件。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableClipboardFilter</name>
    <message numerus="yes">
        <source>%n cell(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing pasted.</source>
        <translation>工作区以只读方式打开；未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Select the cell to paste into first.</source>
        <translation>请先选择要粘贴到的单元格。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted.</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>被拒绝：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are computed or not editable here and were left as they were.</source>
        <translation>
            <numerusform>%n 个单元格为计算值或在此不可编辑，保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell beyond the table&apos;s last row or column.</source>
        <translation>
            <numerusform>%n 个单元格超出表格的最后一行或一列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableModel</name>
    <message>
        <source>Refers to “%1”, which does not exist.</source>
        <translation>引用了不存在的“%1”。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TablePage</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>所有字段</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TableSection</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected rows and what belongs to them (undoable)</source>
        <translation>删除所选行及其所属内容（可撤销）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected %1 with everything that belongs to it (undoable)</source>
        <translation>复制所选%1及其所属的全部内容（可撤销）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Evaluate earlier</source>
        <translation>提前评估</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Evaluate later</source>
        <translation>推后评估</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>%1 cannot be empty; use Remove to delete the row.</source>
        <translation>%1 不能为空；请使用“删除”来删除该行。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::TcoPage</name>
    <message>
        <source>%1 functions</source>
        <translation>%1 个函数</translation>
    </message>
    <message>
        <source>%1 per function</source>
        <translation>%1（每个函数）</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>FaaS cost model</source>
        <translation>FaaS 成本模型</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Try values without changing the saved scenario; Keep writes them, Discard drops them</source>
        <translation>试用数值而不改变已保存的场景；“保留”会写入这些值，“丢弃”则舍弃它们</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Write the what-if values to the scenario (one undo step)</source>
        <translation>将假设值写入场景（一个撤销步骤）</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Drop the what-if values; the scenario stays as saved</source>
        <translation>舍弃假设值；场景保持已保存的状态</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the lines per language, their formulas and the sensitivity table as CSV</source>
        <translation>将各语言的成本行、公式以及敏感性表保存为 CSV</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Lines per language</source>
        <translation>各语言的成本行</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Over the horizon</source>
        <translation>整个周期</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Cold starts</source>
        <translation>冷启动</translation>
    </message>
    <message>
        <source>Build pipeline</source>
        <translation>构建流水线</translation>
    </message>
    <message>
        <source>What-if values discarded: another scenario was chosen.</source>
        <translation>假设值已丢弃：选择了另一个场景。</translation>
    </message>
    <message>
        <source>What-if mode off: the what-if values were discarded.</source>
        <translation>假设分析模式已关闭：假设值已丢弃。</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message>
        <source>What-if values discarded: their scenario was removed.</source>
        <translation>假设值已丢弃：其所属场景已被删除。</translation>
    </message>
    <message>
        <source>Functions in %1</source>
        <translation>%1 中的函数</translation>
    </message>
    <message>
        <source>Invocations per month</source>
        <translation>每月调用次数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>平均时长</translation>
    </message>
    <message>
        <source>Cold-start share</source>
        <translation>冷启动占比</translation>
    </message>
    <message>
        <source>What-if value; saved: %1</source>
        <translation>假设值；已保存值：%1</translation>
    </message>
    <message>
        <source>Drag %1 of %2</source>
        <translation>拖动 %2 的 %1</translation>
    </message>
    <message>
        <source>The workspace is open read-only: the what-if values cannot be kept.</source>
        <translation>工作区以只读方式打开：无法保留假设值。</translation>
    </message>
    <message>
        <source>Keep what-if values of %1</source>
        <translation>保留 %1 的假设值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The what-if values were not kept: %1</source>
        <translation>假设值未被保留：%1</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n what-if value(s) in the scenario (one undo step).</source>
        <translation>
            <numerusform>已在场景中保留 %n 个假设值（一个撤销步骤）。</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if values discarded; the scenario is as saved.</source>
        <translation>假设值已丢弃；场景保持已保存的状态。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if mode:&lt;/b&gt; slider moves change a copy of the scenario, &lt;b&gt;not saved&lt;/b&gt;. Move a slider to try a value.</source>
        <translation>&lt;b&gt;假设分析模式：&lt;/b&gt;移动滑块会修改场景的副本，&lt;b&gt;不会保存&lt;/b&gt;。移动滑块以试用数值。</translation>
    </message>
    <message>
        <source>Add a TCO scenario on the TCO scenarios page to see its costs.</source>
        <translation>在“TCO 场景”页中添加一个 TCO 场景以查看其成本。</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>%1%2 vs the baseline</source>
        <translation>%1%2（相对于基线）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 per year&lt;/b&gt; · %2 over %n year(s) · %3%4</source>
        <translation>
            <numerusform>&lt;b&gt;每年 %1&lt;/b&gt; · %n 年合计 %2 · %3%4</numerusform>
        </translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b35c00&apos;&gt;with what-if values, not saved&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b35c00&apos;&gt;含未保存的假设值&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Compute per month</source>
        <translation>每月计算费用</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>每月请求费用</translation>
    </message>
    <message>
        <source>One-offs</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>CI pipelines</source>
        <translation>CI 流水线</translation>
    </message>
    <message>
        <source>Artifact spread</source>
        <translation>制品分摊</translation>
    </message>
    <message>
        <source>Compute: %1
Requests: %2</source>
        <translation>计算：%1
请求：%2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>USD per year</source>
        <translation>美元/年</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <source>sum of the column</source>
        <translation>该列之和</translation>
    </message>
    <message numerus="yes">
        <source>%1 per year; one-offs %2 are spread over %n year(s)</source>
        <translation>
            <numerusform>每年 %1；一次性费用 %2 分摊到 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;说明：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Add a TCO scenario to see its costs.</source>
        <translation>添加一个 TCO 场景以查看其成本。</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Annual total&lt;/b&gt;&lt;br&gt;P10 / P50 / P90: computing…</source>
        <translation>&lt;b&gt;年度合计&lt;/b&gt;&lt;br&gt;P10 / P50 / P90：正在计算…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Annual total, uncertainty&lt;/b&gt;&lt;br&gt;P10 %1&lt;br&gt;P50 %2&lt;br&gt;P90 %3</source>
        <translation>&lt;b&gt;年度合计的不确定性&lt;/b&gt;&lt;br&gt;P10 %1&lt;br&gt;P50 %2&lt;br&gt;P90 %3</translation>
    </message>
    <message>
        <source>P10 %1 · P50 %2 · P90 %3</source>
        <translation>P10 %1 · P50 %2 · P90 %3</translation>
    </message>
    <message>
        <source>There is no scenario to export.</source>
        <translation>没有可导出的场景。</translation>
    </message>
    <message>
        <source>Exported the cost lines of %1 to %2.</source>
        <translation>已将 %1 的成本行导出到 %2。</translation>
    </message>
    <message>
        <source>Export Cost Lines as CSV</source>
        <translation>将成本行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Keep as New Scenario</source>
        <translation>保留为新场景</translation>
    </message>
    <message>
        <source>Add a copy of the scenario with the what-if values; the saved scenario stays as it is (one undo step)</source>
        <translation>添加一个带有假设值的场景副本；已保存的场景保持不变（一个撤销步骤）</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>%1 (what-if)</source>
        <translation>%1（假设）</translation>
    </message>
    <message>
        <source>The what-if values were not kept: %1 is not a scenario value</source>
        <translation>未保留假设值：%1 不是场景的取值</translation>
    </message>
    <message>
        <source>Kept the what-if values as the new scenario “%1” (one undo step).</source>
        <translation>已将假设值保留为新场景“%1”（一个撤销步骤）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if values, not saved:&lt;/b&gt; %1. &lt;b&gt;Keep&lt;/b&gt; writes them to the scenario as one undo step, &lt;b&gt;Keep as New Scenario&lt;/b&gt; adds a copy with them; &lt;b&gt;Discard&lt;/b&gt; drops them.</source>
        <translation>&lt;b&gt;未保存的假设值：&lt;/b&gt;%1。&lt;b&gt;保留&lt;/b&gt;将其作为一个撤销步骤写入场景，&lt;b&gt;保留为新场景&lt;/b&gt;则添加一个带有这些值的副本；&lt;b&gt;丢弃&lt;/b&gt;则舍弃它们。</translation>
    </message>
    <message>
        <source>Not deployable: %1</source>
        <translation>无法部署：%1</translation>
    </message>
    <message>
        <source>Billed memory</source>
        <translation>计费内存</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the spread</source>
        <translation>%1（%2）：占离散度的 %3 %</translation>
    </message>
    <message>
        <source>No input of this scenario has a distribution (TCO scenarios page): the percentiles equal the total.</source>
        <translation>该情景没有任何输入带分布（TCO 情景页）：各分位数等于总额。</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 runs, seed %2. Share of the spread (squared rank correlation with the total):
%3</source>
        <translation>蒙特卡洛：%1 次运行，种子 %2。对离散度的贡献（与总额的秩相关系数平方）：
%3</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Spread driven by: %1</source>
        <translation>离散度主要来自：%1</translation>
    </message>
</context>
<context>
    <name>ArchBoard::UserGuide</name>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Selection matrix</source>
        <translation>选型矩阵</translation>
    </message>
    <message>
        <source>Add your candidates (or shortlist the languages already there), enter their measurements, then look at the ranking of each SLA tier under Selection matrix → Matrix and ranking.</source>
        <translation>添加候选技术（或将已有的语言列入入围名单），录入测量值，然后在“选型矩阵 → 矩阵与排名”中查看每个 SLA 等级的排名。</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>上下文映射</translation>
    </message>
    <message>
        <source>Add your bounded contexts with their language, data format and sync mechanism, then the relations between them; the map lists the findings.</source>
        <translation>添加限界上下文及其语言、数据格式和同步机制，再添加它们之间的关系；映射图会列出发现项。</translation>
    </message>
    <message>
        <source>FaaS cost model</source>
        <translation>FaaS 成本模型</translation>
    </message>
    <message>
        <source>Add a TCO scenario: pick a provider (the prices are there, with their source and date), the memory, duration and invocations, and the functions per language.</source>
        <translation>添加一个 TCO 场景：选择提供商（价格已就绪，注明来源和日期）、内存、时长和调用次数，以及各语言的函数数量。</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>When a tier&apos;s ranking is settled, draft its decision record from the analysis and fill in the context and consequences.</source>
        <translation>某个等级的排名确定后，根据分析起草其决策记录，并补充背景和后果。</translation>
    </message>
    <message>
        <source>Report and tech radar</source>
        <translation>报告与技术雷达</translation>
    </message>
    <message>
        <source>File → Export Report… writes the workshop report (HTML, PDF, JSON, Markdown); File → Export Tech Radar… the radar.</source>
        <translation>文件 → 导出报告… 写出研讨会报告（HTML、PDF、JSON、Markdown）；文件 → 导出技术雷达… 写出雷达。</translation>
    </message>
    <message>
        <source>Workshop mode and live voting</source>
        <translation>研讨会模式与现场投票</translation>
    </message>
    <message>
        <source>Press F5 for workshop mode on the projector; V opens live voting so every member scores from their phone.</source>
        <translation>按 F5 在投影仪上进入研讨会模式；按 V 开始现场投票，每位委员都用自己的手机打分。</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the folder of the user guide in this translation (resources/guide/&lt;folder&gt;): en or zh_CN</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <source>ArchBoard User Guide</source>
        <translation>ArchBoard 用户指南</translation>
    </message>
    <message>
        <source>Scan a folder of manifests (Fragmentation → Dashboard → Scan folder…); the thresholds and approved protocols are already set.</source>
        <translation>扫描一个包含清单文件的文件夹（碎片化 → 仪表板 → 扫描文件夹…）；阈值和批准的协议已经设好。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::Voting</name>
    <message>
        <source>the workspace is open read-only</source>
        <translation>工作区以只读方式打开</translation>
    </message>
</context>
<context>
    <name>ArchBoard::VotingPanel</name>
    <message>
        <source>Rater</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <source>Another &amp;round</source>
        <translation>再来一轮(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close voting</source>
        <translation>结束投票(&amp;C)</translation>
    </message>
    <message>
        <source>Join code %1</source>
        <translation>加入码 %1</translation>
    </message>
    <message>
        <source>TLS certificate (SHA-256): %1</source>
        <translation>TLS 证书（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Live voting · round %1 revealed</source>
        <translation>现场投票 · 第 %1 轮已揭晓</translation>
    </message>
    <message>
        <source>Live voting · round %1 · %2 cells, blind until the reveal</source>
        <translation>现场投票 · 第 %1 轮 · %2 个单元格，揭晓前匿名</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Approve second device</source>
        <translation>批准第二台设备</translation>
    </message>
    <message>
        <source>Round %1: %2 scores from %3 raters are in the matrix.</source>
        <translation>第 %1 轮：来自 %3 位评分人的 %2 个分数已写入矩阵。</translation>
    </message>
    <message>
        <source>No cell is disputed.</source>
        <translation>没有存在分歧的单元格。</translation>
    </message>
    <message>
        <source>⚑ %1 · %2: spread %3</source>
        <translation>⚑ %1 · %2：分差 %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 个</translation>
    </message>
    <message>
        <source>Disputed cells in the matrix (every rater&apos;s scores), widest spread first:</source>
        <translation>矩阵中存在分歧的单元格（计入所有评分人的评分，分差最大的在前）：</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WeightsPanel</name>
    <message>
        <source>Use pairwise-comparison (AHP) weights</source>
        <translation>使用成对比较（AHP）权重</translation>
    </message>
    <message>
        <source>Sets the tier&apos;s weights to the AHP priorities of the compared criteria (others to 0), as one undo step</source>
        <translation>将该等级的权重设为所比较评估标准的 AHP 优先级（其余设为 0），作为一个撤销步骤</translation>
    </message>
    <message>
        <source>Weight 0–10; drag to see the ranking follow</source>
        <translation>权重 0–10；拖动可看到排名随之变化</translation>
    </message>
    <message>
        <source>Drag weight of %1</source>
        <translation>拖动 %1 的权重</translation>
    </message>
    <message>
        <source>Pairwise comparisons: none yet for this tier (add them on the SLA tiers page).</source>
        <translation>成对比较：此等级尚无比较（请在“SLA 等级”页中添加）。</translation>
    </message>
    <message>
        <source>Pairwise comparisons: still missing %1.</source>
        <translation>成对比较：仍缺少 %1。</translation>
    </message>
    <message>
        <source>AHP priorities: %1. Consistency ratio %2 (≤ 0.10: consistent).</source>
        <translation>AHP 优先级：%1。一致性比率 %2（≤ 0.10：一致）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;AHP judgements are inconsistent&lt;/b&gt;: consistency ratio %1 &gt; 0.10. Revise the comparisons before using them.</source>
        <translation>&lt;b&gt;AHP 判断不一致&lt;/b&gt;：一致性比率 %1 &gt; 0.10。请在使用前修改比较。</translation>
    </message>
    <message>
        <source>Use pairwise-comparison weights</source>
        <translation>使用成对比较权重</translation>
    </message>
    <message>
        <source>Weights set from the pairwise comparisons (consistency ratio %1).</source>
        <translation>已根据成对比较设置权重（一致性比率 %1）。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopKeys</name>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← ↑ → ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move the cell cursor&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← ↑ → ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;移动单元格光标&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the current rater&apos;s score of a rated criterion&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;当前评分人对需评分的评估标准的评分&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the current rater&apos;s score&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;0&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;清除当前评分人的评分&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt; / &lt;b&gt;[&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous rater&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;, &lt;b&gt;]&lt;/b&gt; / &lt;b&gt;[&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个评分人&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt; / &lt;b&gt;Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous SLA tier&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt; / &lt;b&gt;Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个 SLA 等级&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;larger / smaller / default type&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+=&lt;/b&gt; / &lt;b&gt;Ctrl+-&lt;/b&gt; / &lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;增大 / 减小 / 默认字号&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open live voting on this tier (while open: show or hide its panel)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;为此等级开始现场投票（投票进行中：显示或隐藏投票面板）&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt; / &lt;b&gt;N&lt;/b&gt; / &lt;b&gt;Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reveal the votes / another round / close voting&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt; / &lt;b&gt;N&lt;/b&gt; / &lt;b&gt;Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;揭晓投票 / 再来一轮 / 结束投票&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;record the decision: leave and draft the decision record of this tier&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;记录决策：退出并起草此等级的决策记录&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;? &lt;/b&gt; / &lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide these keys&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;? &lt;/b&gt; / &lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示或隐藏这些快捷键&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave workshop mode&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出研讨会模式&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Workshop mode keys</source>
        <translation>研讨会模式快捷键</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgUp&lt;/b&gt; / &lt;b&gt;PgDn&lt;/b&gt;, &lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;criteria a page up / down, the first / the last criterion&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;PgUp&lt;/b&gt; / &lt;b&gt;PgDn&lt;/b&gt;, &lt;b&gt;Home&lt;/b&gt; / &lt;b&gt;End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;标准向上 / 向下翻一页，第一项 / 最后一项标准&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMatrix</name>
    <message>
        <source>Criteria %1–%2 of %3 · PgUp / PgDn: the other criteria</source>
        <translation>标准 %1–%2（共 %3 项）· PgUp / PgDn：其余标准</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMatrixModel</name>
    <message>
        <source>mean %1</source>
        <translation>平均值 %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1” is measured, not rated: its figures come from measurements, not from workshop scores.</source>
        <translation>“%1”是测量得出的，而非评分得出：其数据来自测量值，而非研讨会评分。</translation>
    </message>
    <message>
        <source>No rater chosen: add raters on the “Raters and ratings” page first.</source>
        <translation>未选择评分人：请先在“评分人与评分”页中添加评分人。</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>工作区为只读。</translation>
    </message>
    <message>
        <source>%1 ⚑ spread %2</source>
        <translation>%1 ⚑ 分差 %2</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopMode</name>
    <message>
        <source>ArchBoard — Workshop Mode</source>
        <translation>ArchBoard — 研讨会模式</translation>
    </message>
    <message>
        <source>Scores go to the rater shown at the top right. Press ? for every key.</source>
        <translation>评分计入右上角显示的评分人名下。按 ? 查看所有快捷键。</translation>
    </message>
    <message>
        <source>Type size %1 × the desktop&apos;s.</source>
        <translation>字号为桌面字号的 %1 倍。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>No SLA tier yet: add one to rank the candidates.</source>
        <translation>尚无 SLA 等级：请添加一个以对候选技术排名。</translation>
    </message>
    <message>
        <source>SLA tier %1 of %2: %3</source>
        <translation>SLA 等级 %1/%2：%3</translation>
    </message>
    <message>
        <source>No raters yet</source>
        <translation>尚无评分人</translation>
    </message>
    <message>
        <source>Scoring as: %1 (%2 of %3)</source>
        <translation>当前评分人：%1（%2/%3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to score: the matrix has no candidates or criteria.</source>
        <translation>无可评分内容：矩阵中没有候选技术或评估标准。</translation>
    </message>
    <message>
        <source>%1 scores %2 on %3: %4.</source>
        <translation>%1 对 %2 在 %3 上的评分：%4。</translation>
    </message>
    <message>
        <source>%1&apos;s score of %2 on %3 cleared.</source>
        <translation>已清除 %1 对 %2 在 %3 上的评分。</translation>
    </message>
    <message>
        <source>No raters yet: add them on the “Raters and ratings” page.</source>
        <translation>尚无评分人：请在“评分人与评分”页中添加。</translation>
    </message>
    <message>
        <source>Now scoring as %1.</source>
        <translation>现在以 %1 的身份评分。</translation>
    </message>
    <message>
        <source>No SLA tiers yet: add them on the “SLA tiers” page.</source>
        <translation>尚无 SLA 等级：请在“SLA 等级”页中添加。</translation>
    </message>
    <message>
        <source>Tier: %1.</source>
        <translation>等级：%1。</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>已重做：%1。</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>No SLA tier to record a decision for.</source>
        <translation>没有可记录决策的 SLA 等级。</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5; 0 or Delete clears.</source>
        <translation>评分范围为 1 到 5；按 0 或 Delete 清除。</translation>
    </message>
    <message>
        <source>? keys · 1–5 score · Tab rater · T tier · V voting · D record decision · Esc leave</source>
        <translation>? 按键 · 1–5 评分 · Tab 评分人 · T 等级 · V 投票 · D 记录决策 · Esc 退出</translation>
    </message>
    <message>
        <source>Voting is open: members join with the QR code or the URL and the join code.</source>
        <translation>投票已开放：成员通过二维码或网址和加入码加入。</translation>
    </message>
    <message>
        <source>Voting closed: the server has stopped.</source>
        <translation>投票已结束：服务器已停止。</translation>
    </message>
    <message>
        <source>Round %1 revealed: %2 scores in the matrix, %3 cells disputed.</source>
        <translation>第 %1 轮已揭晓：%2 个分数写入矩阵，%3 个单元格存在分歧。</translation>
    </message>
    <message>
        <source>No voting is open: V opens it.</source>
        <translation>当前没有进行中的投票：按 V 开始。</translation>
    </message>
    <message>
        <source>Reveal this round (R) before opening another.</source>
        <translation>请先揭晓本轮（R），再开始下一轮。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopModel</name>
    <message>
        <source>Type 1–5; Delete clears</source>
        <translation>输入 1–5；Delete 键清除</translation>
    </message>
    <message>
        <source> ⚑ discuss</source>
        <translation> ⚑ 待讨论</translation>
    </message>
    <message>
        <source>Highest minus lowest score; flagged at %1 or more</source>
        <translation>最高分减最低分；达到 %1 或以上时标记</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopPage</name>
    <message>
        <source>Workshop scoring</source>
        <translation>研讨会评分</translation>
    </message>
    <message>
        <source>Each rater scores the rated criteria from 1 to 5: select a rater&apos;s cell and type the digit — the cursor moves down. Delete clears a score. Rows where raters disagree by the workspace&apos;s threshold or more are highlighted for discussion.</source>
        <translation>每位评分人对需评分的评估标准打 1 到 5 分：选中评分人的单元格并输入数字，光标会自动下移。Delete 键清除评分。评分人分歧达到工作区阈值或以上的行会高亮显示以供讨论。</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5; Delete clears.</source>
        <translation>评分范围为 1 到 5；按 Delete 清除。</translation>
    </message>
</context>
<context>
    <name>ArchBoard::WorkshopResults</name>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Sensitivity: how far a weight can move before the winner changes</source>
        <translation>敏感性：在胜出者改变之前，权重可以变动的幅度</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>Share of %1 Monte Carlo draws (weights, ratings and measured ranges varied together) this candidate wins</source>
        <translation>在 %1 次蒙特卡洛抽样中（权重、评分与测量范围同时变化）该候选胜出的比例</translation>
    </message>
    <message>
        <source>Win probabilities are being computed</source>
        <translation>正在计算胜出概率</translation>
    </message>
    <message>
        <source>No winner: every candidate is knocked out.</source>
        <translation>没有胜出者：所有候选技术均已淘汰。</translation>
    </message>
    <message>
        <source>Winner: %1 ★</source>
        <translation>胜出者：%1 ★</translation>
    </message>
    <message>
        <source>knocked out by %1</source>
        <translation>因 %1 被淘汰</translation>
    </message>
    <message>
        <source>%1 % of the weight has figures</source>
        <translation>%1 % 的权重有数据</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Winner changes at</source>
        <translation>胜出者改变于</translation>
    </message>
    <message>
        <source>Then wins</source>
        <translation>随后胜出</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Stable: the winner holds until a weight moves %1 pp.</source>
        <translation>稳定：在某一权重变动 %1 个百分点 之前，胜出者保持不变。</translation>
    </message>
    <message>
        <source>Stable: no single weight change alters the winner.</source>
        <translation>稳定：任何单一权重变动都不会改变胜出者。</translation>
    </message>
    <message>
        <source>Fragile: a %1 pp weight change alters the winner.</source>
        <translation>脆弱：%1 个百分点 的权重变动即会改变胜出者。</translation>
    </message>
    <message>
        <source>Undecided: every candidate is knocked out.</source>
        <translation>未决：所有候选技术均已淘汰。</translation>
    </message>
    <message>
        <source>Uncontested: the only candidate left after the knock-outs, so no weight can change the winner.</source>
        <translation>无竞争：淘汰后仅剩这一个候选，任何权重都改变不了胜者。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message numerus="yes">
        <source>Other (%n more)</source>
        <translation>
            <numerusform>其他（另 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cml</name>
    <message>
        <source>unexpected character “%1”</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>a comment starts here and is never closed</source>
        <translation>注释从这里开始但从未结束</translation>
    </message>
    <message>
        <source>a string starts here and is never closed</source>
        <translation>字符串从这里开始但从未结束</translation>
    </message>
    <message>
        <source>expected a declaration such as ContextMap or BoundedContext</source>
        <translation>应为声明，例如 ContextMap 或 BoundedContext</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>import &quot;%1&quot; is not followed; import that file on its own</source>
        <translation>不会跟随 import &quot;%1&quot;；请单独导入该文件</translation>
    </message>
    <message>
        <source>%1 %2 is not imported (ArchBoard reads the context map and its bounded contexts)</source>
        <translation>%1 %2 未导入（ArchBoard 只读取上下文映射及其限界上下文）</translation>
    </message>
    <message>
        <source>%1, but the file ends</source>
        <translation>%1，但文件已结束</translation>
    </message>
    <message>
        <source>%1, found “%2”</source>
        <translation>%1，却发现“%2”</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为一个值</translation>
    </message>
    <message>
        <source>a second ContextMap: its relationships are read as well</source>
        <translation>第二个 ContextMap：其关系同样会被读取</translation>
    </message>
    <message>
        <source>expected “}” to close the ContextMap</source>
        <translation>应为“}”以结束 ContextMap</translation>
    </message>
    <message>
        <source>a bounded context name</source>
        <translation>限界上下文名称</translation>
    </message>
    <message>
        <source>a role (U, D, S, C, OHS, PL, ACL, CF, P, SK)</source>
        <translation>角色（U、D、S、C、OHS、PL、ACL、CF、P、SK）</translation>
    </message>
    <message>
        <source>a bounded context name or a relationship</source>
        <translation>限界上下文名称或关系</translation>
    </message>
    <message>
        <source>the rest of the relationship keyword</source>
        <translation>关系关键字的其余部分</translation>
    </message>
    <message>
        <source>expected -&gt;, &lt;-, &lt;-&gt; or a relationship keyword (%1)</source>
        <translation>应为 -&gt;、&lt;-、&lt;-&gt; 或关系关键字（%1）</translation>
    </message>
    <message>
        <source>expected -&gt;, &lt;- or &lt;-&gt; between two bounded contexts</source>
        <translation>两个限界上下文之间应为 -&gt;、&lt;- 或 &lt;-&gt;</translation>
    </message>
    <message>
        <source>a relationship name</source>
        <translation>关系名称</translation>
    </message>
    <message>
        <source>a relationship attribute</source>
        <translation>关系属性</translation>
    </message>
    <message>
        <source>%1 of the relationship %2–%3 is not imported</source>
        <translation>关系 %2–%3 的 %1 未导入</translation>
    </message>
    <message>
        <source>the bounded context&apos;s name</source>
        <translation>限界上下文的名称</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 %2 %3 is not imported</source>
        <translation>%1 %2 %3 未导入</translation>
    </message>
    <message>
        <source>expected “}” to close BoundedContext %1</source>
        <translation>应为“}”以结束 BoundedContext %1</translation>
    </message>
    <message>
        <source>expected an attribute of BoundedContext %1</source>
        <translation>应为 BoundedContext %1 的属性</translation>
    </message>
    <message>
        <source>%1 %2 in %3 is not imported</source>
        <translation>%3 中的 %1 %2 未导入</translation>
    </message>
    <message>
        <source>%1 of %2 is not imported</source>
        <translation>%2 的 %1 未导入</translation>
    </message>
    <message>
        <source>%1 is used in the context map but not declared as a BoundedContext</source>
        <translation>%1 在上下文映射中被使用，但未声明为 BoundedContext</translation>
    </message>
    <message>
        <source>line %1: role %2 is unknown and not imported</source>
        <translation>第 %1 行：角色 %2 未知，未导入</translation>
    </message>
    <message>
        <source>the file is too large (at most 16 MB)</source>
        <translation>文件过大（最多 16 MB）</translation>
    </message>
    <message>
        <source>bounded context %1 exists already: kept as it is</source>
        <translation>限界上下文 %1 已存在：保持原样</translation>
    </message>
    <message>
        <source>%1: implementation technology “%2” matches no candidate; kept in the description</source>
        <translation>%1：实现技术“%2”与任何候选技术都不匹配；保留在描述中</translation>
    </message>
    <message>
        <source>relation %1 exists already: kept as it is</source>
        <translation>关系 %1 已存在：保持原样</translation>
    </message>
    <message>
        <source>Imported context map</source>
        <translation>导入的上下文映射</translation>
    </message>
    <message>
        <source>Imported from Context Mapper (CML)</source>
        <translation>从 Context Mapper（CML）导入</translation>
    </message>
    <message>
        <source>relation %1 refers to a context that does not exist: left out</source>
        <translation>关系 %1 引用了不存在的上下文：已略去</translation>
    </message>
    <message>
        <source>relation %1 (Separate Ways) has no CML relationship: written as a comment</source>
        <translation>关系 %1（各行其道）没有对应的 CML 关系：写为注释</translation>
    </message>
    <message>
        <source>“^” must be followed by a name</source>
        <translation>“^”后面必须跟一个名称</translation>
    </message>
    <message>
        <source>the ContextMap&apos;s %1 is kept only when the file is opened as a new workspace (archboard-cli import-cml)</source>
        <translation>ContextMap 的 %1 仅在将文件作为新工作区打开时保留（archboard-cli import-cml）</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>one or more quoted strings separated by commas</source>
        <translation>一个或多个以逗号分隔的带引号字符串</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>一个带引号的字符串</translation>
    </message>
    <message>
        <source>%1 of %2 is not imported: “%3” is not %4</source>
        <translation>%2 的 %1 未导入：“%3”不是%4</translation>
    </message>
    <message>
        <source>the ContextMap</source>
        <translation>ContextMap</translation>
    </message>
    <message>
        <source>%1 implements %2: the link is not kept (the domain type is taken from it)</source>
        <translation>%1 implements %2：该关联不保留（领域类型取自它）</translation>
    </message>
    <message>
        <source>the domain&apos;s name</source>
        <translation>领域名称</translation>
    </message>
    <message>
        <source>expected “}” to close Domain %1</source>
        <translation>需要“}”来结束 Domain %1</translation>
    </message>
    <message>
        <source>expected Subdomain or domainVisionStatement in Domain %1</source>
        <translation>Domain %1 中需要 Subdomain 或 domainVisionStatement</translation>
    </message>
    <message>
        <source>Domain %1 is not imported (ArchBoard has no domains)</source>
        <translation>Domain %1 未导入（ArchBoard 没有领域）</translation>
    </message>
    <message>
        <source>Domain %1 is not imported (ArchBoard has no domains); the contexts that implement its subdomains %2 take their types</source>
        <translation>Domain %1 未导入（ArchBoard 没有领域）；实现其子领域 %2 的上下文采用这些子领域的类型</translation>
    </message>
    <message>
        <source>the subdomain&apos;s name</source>
        <translation>子领域名称</translation>
    </message>
    <message>
        <source>a use case or user story</source>
        <translation>一个用例或用户故事</translation>
    </message>
    <message>
        <source>expected “}” to close Subdomain %1</source>
        <translation>需要“}”来结束 Subdomain %1</translation>
    </message>
    <message>
        <source>expected a subdomain type (%1)</source>
        <translation>需要子领域类型（%1）</translation>
    </message>
    <message>
        <source>expected an attribute of Subdomain %1</source>
        <translation>需要 Subdomain %1 的属性</translation>
    </message>
    <message>
        <source>%1 implements %2, which is no Domain or Subdomain of this file</source>
        <translation>%1 implements %2，但它不是本文件中的 Domain 或 Subdomain</translation>
    </message>
    <message>
        <source>%1 implements subdomains of several types (%2): its domain type is %3</source>
        <translation>%1 实现了多种类型的子领域（%2）：其领域类型为 %3</translation>
    </message>
    <message>
        <source>%1: no typed subdomain is implemented, so the domain type is Core (ArchBoard&apos;s default)</source>
        <translation>%1：未实现带类型的子领域，因此领域类型为核心（ArchBoard 的默认值）</translation>
    </message>
    <message>
        <source>line %1: downstreamRights of a symmetric relationship is not imported</source>
        <translation>第 %1 行：对称关系的 downstreamRights 未导入</translation>
    </message>
    <message>
        <source>%1: “%2” is no valid CML attribute; written as text</source>
        <translation>%1：“%2”不是有效的 CML 属性；按文本写出</translation>
    </message>
    <message>
        <source>relation %1: its id is no CML name (letters, digits, _; no keyword) and is not written</source>
        <translation>关系 %1：其 ID 不是 CML 名称（字母、数字、_；不能是关键字），未写出</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>关系 %1</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>expected latency</source>
        <translation>预期延迟</translation>
    </message>
    <message>
        <source>relation %1: %2 not exported (CML has no place for it)</source>
        <translation>关系 %1：%2 未导出（CML 中没有对应位置）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>relation %1: the description&apos;s %2 is not written; the mechanism and format are</source>
        <translation>关系 %1：描述中的 %2 未写出；写出的是机制和格式</translation>
    </message>
    <message>
        <source>relation %1: a symmetric relationship has no downstreamRights; “%2” is not written</source>
        <translation>关系 %1：对称关系没有 downstreamRights；“%2”未写出</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>team skills</source>
        <translation>团队技能</translation>
    </message>
    <message>
        <source>data format</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <source>sync mechanism</source>
        <translation>同步机制</translation>
    </message>
    <message>
        <source>latency tolerance</source>
        <translation>延迟容忍度</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>function count</source>
        <translation>函数数</translation>
    </message>
    <message>
        <source>bounded context %1: %2 not exported (CML has no place for them)</source>
        <translation>限界上下文 %1：%2 未导出（CML 中没有对应位置）</translation>
    </message>
    <message>
        <source>bounded context %1</source>
        <translation>限界上下文 %1</translation>
    </message>
    <message>
        <source>bounded context %1: the description&apos;s %2 is not written; the language is</source>
        <translation>限界上下文 %1：描述中的 %2 未写出；写出的是语言</translation>
    </message>
    <message>
        <source>bounded context %1 is called %2 in CML (CML names are identifiers and no keywords)</source>
        <translation>限界上下文 %1 在 CML 中名为 %2（CML 名称须为标识符且不能是关键字）</translation>
    </message>
    <message>
        <source>the workspace name “%1” is written as the map name %2</source>
        <translation>工作区名称“%1”写作映射名称 %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Change %1 of %2 “%3”</source>
        <translation>修改%2“%3”的%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>删除%1“%2”</translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <translation>移动%1“%2”</translation>
    </message>
</context>
<context>
    <name>ContextMap</name>
    <message>
        <source>Latency budget</source>
        <translation>延迟预算</translation>
    </message>
    <message>
        <source>Format change without ACL</source>
        <translation>格式变化但没有防腐层</translation>
    </message>
    <message>
        <source>Language disagrees with the rules</source>
        <translation>语言与规则不一致</translation>
    </message>
    <message>
        <source>Synchronous cycle</source>
        <translation>同步循环</translation>
    </message>
    <message>
        <source>Isolated context</source>
        <translation>孤立的上下文</translation>
    </message>
    <message>
        <source>latency unknown</source>
        <translation>延迟未知</translation>
    </message>
    <message>
        <source>%1 waits on a chain of synchronous calls that takes %2, more than its tolerance of %3: %4</source>
        <translation>%1 等待一条耗时 %2 的同步调用链，超过了其容忍度 %3：%4</translation>
    </message>
    <message>
        <source> (1 call without a latency figure not counted)</source>
        <translation> （1 个没有延迟数据的调用未计入）</translation>
    </message>
    <message>
        <source> (%1 calls without a latency figure not counted)</source>
        <translation> （%1 个没有延迟数据的调用未计入）</translation>
    </message>
    <message>
        <source>%1 receives %2 from %3 but works in %4, without an anticorruption layer to translate</source>
        <translation>%1 从 %3 接收 %2，但使用 %4，且没有防腐层进行转换</translation>
    </message>
    <message>
        <source>%1 is written in %2; the decision rules recommend %3 (rule “%4”)</source>
        <translation>%1 使用 %2 编写；决策规则推荐 %3（规则“%4”）</translation>
    </message>
    <message>
        <source>%1 call each other synchronously in a cycle: a slow or failing one stalls all of them</source>
        <translation>%1 以循环方式相互同步调用：其中一个变慢或失败会拖住所有上下文</translation>
    </message>
    <message>
        <source>%1 has no relation to any other context</source>
        <translation>%1 与其他任何上下文都没有关系</translation>
    </message>
    <message>
        <source>Bounded-context map</source>
        <translation>限界上下文映射图</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>团队 %1</translation>
    </message>
    <message>
        <source>%1 domain</source>
        <translation>%1领域</translation>
    </message>
    <message>
        <source>tolerates %1</source>
        <translation>容忍 %1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Sync mechanism: %1</source>
        <translation>同步机制：%1</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 “%2”: figure “%3” was %4 when the record was drafted, now %5</source>
        <translation>%1“%2”：起草记录时数据“%3”为 %4，现在为 %5</translation>
    </message>
    <message>
        <source>%1 “%2”: figure “%3” was %4 when the record was drafted and no longer exists (%5)</source>
        <translation>%1“%2”：起草记录时数据“%3”为 %4，现已不存在（%5）</translation>
    </message>
    <message>
        <source>%1 “%2” is superseded by %3 but still linked to %4 element(s); link them from %3 and remove the links here</source>
        <translation>%1“%2”已被 %3 取代，但仍关联着 %4 个元素；请改为从 %3 关联这些元素，并移除此处的关联</translation>
    </message>
    <message>
        <source>%1 “%2” is superseded but still linked to %3 element(s)</source>
        <translation>%1“%2”已被取代，但仍关联着 %3 个元素</translation>
    </message>
    <message>
        <source>availability ≥ %1 %</source>
        <translation>可用性 ≥ %1 %</translation>
    </message>
    <message>
        <source>P99 latency &lt; %1 ms</source>
        <translation>P99 延迟 &lt; %1 ms</translation>
    </message>
    <message>
        <source>delivery within %1 weeks</source>
        <translation>%1 周内交付</translation>
    </message>
    <message>
        <source>Which candidate should the services of the SLA tier “%1” use?</source>
        <translation>SLA 等级“%1”的服务应使用哪项候选技术？</translation>
    </message>
    <message>
        <source>The tier states no availability, latency or delivery target.</source>
        <translation>该等级未规定可用性、延迟或交付目标。</translation>
    </message>
    <message>
        <source>The tier&apos;s targets: %1.</source>
        <translation>该等级的目标：%1。</translation>
    </message>
    <message>
        <source>Bounded contexts in this tier: %1.</source>
        <translation>此等级中的限界上下文：%1。</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>%1 的得分</translation>
    </message>
    <message>
        <source>Rank of %1</source>
        <translation>%1 的排名</translation>
    </message>
    <message>
        <source>%1 knocked out</source>
        <translation>%1 已淘汰</translation>
    </message>
    <message>
        <source>Score %1 %, rank %2 of %3, %4 % of the tier&apos;s weight backed by values.</source>
        <translation>得分 %1 %，在 %3 个候选技术中排名第 %2，该等级 %4 % 的权重有数值支撑。</translation>
    </message>
    <message>
        <source>Contribution of %1 to %2&apos;s score</source>
        <translation>%1 对 %2 得分的贡献</translation>
    </message>
    <message>
        <source>%1: no value (%2 % of the weight not backed)</source>
        <translation>%1：无数值（%2 % 的权重没有数值支撑）</translation>
    </message>
    <message>
        <source>%1: %2, among the best; adds %3 pp of a possible %4</source>
        <translation>%1：%2，属最佳之列；贡献 %3 个百分点（最多可达 %4）</translation>
    </message>
    <message>
        <source>%1: %2, among the worst; adds %3 pp of a possible %4</source>
        <translation>%1：%2，属最差之列；贡献 %3 个百分点（最多可达 %4）</translation>
    </message>
    <message>
        <source>Knocked out: %1 is %2, must be %3 %4</source>
        <translation>已淘汰：%1 为 %2，必须 %3 %4</translation>
    </message>
    <message>
        <source>Knocked out: no value for %1 to prove %2 %3</source>
        <translation>已淘汰：%1 没有数值，无法证明 %2 %3</translation>
    </message>
    <message>
        <source>No option chosen: every candidate is knocked out or unscored in the tier “%1”.</source>
        <translation>未选定方案：在等级“%1”中，每项候选技术均已淘汰或未计分。</translation>
    </message>
    <message>
        <source>Winner of %1</source>
        <translation>%1 的胜出者</translation>
    </message>
    <message>
        <source>Winner&apos;s lead in %1</source>
        <translation>胜出者在 %1 中的领先幅度</translation>
    </message>
    <message>
        <source>Chosen option: “%1”, because it ranks first in the tier “%2” with a score of %3 %, %4 pp ahead of %5.</source>
        <translation>选定方案：“%1”，因为它在等级“%2”中以 %3 % 的得分排名第一，领先 %5 %4 个百分点。</translation>
    </message>
    <message>
        <source>Chosen option: “%1”, because it is the only candidate not knocked out in the tier “%2” (score %3 %).</source>
        <translation>选定方案：“%1”，因为它是等级“%2”中唯一未被淘汰的候选技术（得分 %3 %）。</translation>
    </message>
    <message>
        <source>Stability of %1&apos;s ranking</source>
        <translation>%1 排名的稳定性</translation>
    </message>
    <message>
        <source>Smallest weight move that changes the winner of %1</source>
        <translation>改变 %1 胜出者的最小权重变动</translation>
    </message>
    <message>
        <source> (moving the weight of %1 to %2 % makes %3 the winner)</source>
        <translation> （将 %1 的权重调整到 %2 % 会使 %3 胜出）</translation>
    </message>
    <message>
        <source>Sensitivity: %1; the smallest weight move that changes the winner is %2 pp%3.</source>
        <translation>敏感性：%1；改变胜出者的最小权重变动为 %2 个百分点%3。</translation>
    </message>
    <message>
        <source>Sensitivity: %1; no weight move within 0–100 % changes the winner.</source>
        <translation>敏感性：%1；在 0–100 % 范围内的任何权重变动都不会改变胜出者。</translation>
    </message>
    <message>
        <source>The decision rules recommend %1 (rule “%2”).</source>
        <translation>决策规则推荐 %1（规则“%2”）。</translation>
    </message>
    <message>
        <source>Annual TCO of %1</source>
        <translation>%1 的年度 TCO</translation>
    </message>
    <message>
        <source>Baseline TCO (“%1”): %2 per year.</source>
        <translation>基线 TCO（“%1”）：每年 %2。</translation>
    </message>
    <message>
        <source>Annual TCO of %1 in %2</source>
        <translation>%1 在 %2 中的年度 TCO</translation>
    </message>
    <message>
        <source>Difference of %1 to the baseline</source>
        <translation>%1 与基线的差额</translation>
    </message>
    <message>
        <source> (%1%2 %)</source>
        <translation> （%1%2 %）</translation>
    </message>
    <message>
        <source>Scenario “%1”: %2 per year, %3%4 against the baseline%5.</source>
        <translation>场景“%1”：每年 %2，相对于基线 %3%4%5。</translation>
    </message>
    <message>
        <source>  %1: %2 per year (%3%4 against the baseline)</source>
        <translation>  %1：每年 %2（相对于基线 %3%4）</translation>
    </message>
    <message>
        <source>  %1: %2 per year (not in the baseline)</source>
        <translation>  %1：每年 %2（基线中没有）</translation>
    </message>
    <message>
        <source>  %1: not used (−%2 against the baseline)</source>
        <translation>  %1：未使用（相对于基线 −%2）</translation>
    </message>
    <message>
        <source>Risk level of %1</source>
        <translation>%1 的风险级别</translation>
    </message>
    <message>
        <source>%1: %2 (risk: %3).</source>
        <translation>%1：%2（风险：%3）。</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Weight share of %1 in %2</source>
        <translation>%1 在 %2 中的权重占比</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the weight</source>
        <translation>%1（%2）：占权重的 %3 %</translation>
    </message>
    <message>
        <source>Must pass: %1 %2 %3</source>
        <translation>必须满足：%1 %2 %3</translation>
    </message>
    <message>
        <source>Use %1 for the SLA tier “%2”</source>
        <translation>SLA 等级“%2”使用 %1</translation>
    </message>
    <message>
        <source>Technology for the SLA tier “%1”</source>
        <translation>SLA 等级“%1”的技术选型</translation>
    </message>
    <message>
        <source>Ecosystem fragmentation now:</source>
        <translation>当前生态系统碎片化：</translation>
    </message>
    <message>
        <source>Compare the figures frozen with this record with the live model at the next review; ArchBoard reports every figure that has moved.</source>
        <translation>在下次评审时，将随此记录冻结的数据与实时模型进行比较；ArchBoard 会报告每项已变化的数据。</translation>
    </message>
    <message>
        <source>Drafted by ArchBoard from the workspace “%1” on %2; %3 figures frozen with the record.</source>
        <translation>由 ArchBoard 于 %2 根据工作区“%1”起草；随记录冻结了 %3 项数据。</translation>
    </message>
    <message>
        <source>The workspace has no SLA tier “%1”: nothing to draft from.</source>
        <translation>工作区中没有 SLA 等级“%1”：无从起草。</translation>
    </message>
</context>
<context>
    <name>Diagrams</name>
    <message>
        <source>(no candidate)</source>
        <translation>（无候选技术）</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <source>A bounded context</source>
        <translation>一个限界上下文</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>否则</translation>
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
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>
and </source>
        <translation>
且 </translation>
    </message>
    <message>
        <source>No rule applies</source>
        <translation>没有适用的规则</translation>
    </message>
    <message>
        <source>Never reached (after an unconditional rule):
%1</source>
        <translation>永远不会到达（位于无条件规则之后）：
%1</translation>
    </message>
</context>
<context>
    <name>DiffGate</name>
    <message>
        <source>--fail-on %1: tco-rise needs a percentage, e.g. tco-rise=10</source>
        <translation>--fail-on %1：tco-rise 需要一个百分比，例如 tco-rise=10</translation>
    </message>
    <message>
        <source>--fail-on %1: risk needs warning, high or severe, e.g. risk=high</source>
        <translation>--fail-on %1：risk 需要 warning、high 或 severe，例如 risk=high</translation>
    </message>
    <message>
        <source>--fail-on %1: expected winner, tco-rise=PCT, risk=LEVEL, findings or stale</source>
        <translation>--fail-on %1：应为 winner、tco-rise=PCT、risk=LEVEL、findings 或 stale</translation>
    </message>
    <message>
        <source>winner changed: %1</source>
        <translation>胜出者已变化：%1</translation>
    </message>
    <message>
        <source>TCO rose more than %1 %: %2</source>
        <translation>TCO 上升超过 %1 %：%2</translation>
    </message>
    <message>
        <source>risk reached %1: %2</source>
        <translation>风险达到%1：%2</translation>
    </message>
    <message>
        <source>finding appeared: %1</source>
        <translation>出现发现项：%1</translation>
    </message>
    <message>
        <source>decision record: %1</source>
        <translation>决策记录：%1</translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>The diagram has %1 nodes; at most %2 are drawn. Filter the model or split the diagram.</source>
        <translation>该图有 %1 个节点；最多绘制 %2 个。请筛选模型或拆分图。</translation>
    </message>
    <message>
        <source>The diagram has %1 edges; at most %2 are drawn.</source>
        <translation>该图有 %1 条边；最多绘制 %2 条。</translation>
    </message>
    <message>
        <source>Two nodes of the diagram have the id “%1”.</source>
        <translation>图中有两个节点的 ID 都是“%1”。</translation>
    </message>
    <message>
        <source>An edge of the diagram joins “%1” and “%2”, which are not both in it.</source>
        <translation>图中有一条边连接“%1”和“%2”，但二者并不都在图中。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Rated in workshop (1–5)</source>
        <translation>研讨会评分（1–5）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>技术手段</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>Availability target (%)</source>
        <translation>可用性目标（%）</translation>
    </message>
    <message>
        <source>P99 latency target (ms)</source>
        <translation>P99 延迟目标（毫秒）</translation>
    </message>
    <message>
        <source>Delivery cycle (weeks)</source>
        <translation>交付周期（周）</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>领域类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team skills</source>
        <translation>团队技能</translation>
    </message>
    <message>
        <source>Latency tolerance (ms)</source>
        <translation>延迟容忍度（毫秒）</translation>
    </message>
    <message>
        <source>Function count</source>
        <translation>函数数量</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>当前语言</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Leave out (score over the criteria measured)</source>
        <translation>略去（仅按已测量的评估标准计分）</translation>
    </message>
    <message>
        <source>Count as the worst value</source>
        <translation>按最差值计</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>支撑</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Avro</source>
        <translation>Avro</translation>
    </message>
    <message>
        <source>Protobuf</source>
        <translation>Protobuf</translation>
    </message>
    <message>
        <source>JSON:API</source>
        <translation>JSON:API</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Thrift</source>
        <translation>Thrift</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kafka events</source>
        <translation>Kafka 事件</translation>
    </message>
    <message>
        <source>gRPC streaming</source>
        <translation>gRPC 流式</translation>
    </message>
    <message>
        <source>gRPC (unary)</source>
        <translation>gRPC（一元调用）</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>REST + Saga</source>
        <translation>REST + Saga</translation>
    </message>
    <message>
        <source>HTTP webhook</source>
        <translation>HTTP Webhook</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>Batch file transfer</source>
        <translation>批量文件传输</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <source>Shared Kernel</source>
        <translation>共享内核</translation>
    </message>
    <message>
        <source>Customer/Supplier</source>
        <translation>客户/供应商</translation>
    </message>
    <message>
        <source>Upstream/Downstream</source>
        <translation>上游/下游</translation>
    </message>
    <message>
        <source>Separate Ways</source>
        <translation>各行其道</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open Host Service</source>
        <translation>开放主机服务</translation>
    </message>
    <message>
        <source>Published Language</source>
        <translation>发布语言</translation>
    </message>
    <message>
        <source>Open Host Service + Published Language</source>
        <translation>开放主机服务 + 发布语言</translation>
    </message>
    <message>
        <source>Anticorruption Layer</source>
        <translation>防腐层</translation>
    </message>
    <message>
        <source>Conformist</source>
        <translation>遵奉者</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>npm</source>
        <translation>npm</translation>
    </message>
    <message>
        <source>Go modules</source>
        <translation>Go 模块</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Maven</source>
        <translation>Maven</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对等</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>gRPC</source>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>AMQP</source>
        <translation>AMQP</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>Browser events</source>
        <translation>浏览器事件</translation>
    </message>
    <message>
        <source>OpenAPI</source>
        <translation>OpenAPI</translation>
    </message>
    <message>
        <source>Protobuf IDL</source>
        <translation>Protobuf IDL</translation>
    </message>
    <message>
        <source>AsyncAPI</source>
        <translation>AsyncAPI</translation>
    </message>
    <message>
        <source>GraphQL SDL</source>
        <translation>GraphQL SDL</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Avro schema</source>
        <translation>Avro Schema</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>无契约</translation>
    </message>
    <message>
        <source>Provides</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>Consumes</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>API-protocol consistency</source>
        <translation>API 协议一致性</translation>
    </message>
    <message>
        <source>Shared-dependency version drift</source>
        <translation>共享依赖版本漂移</translation>
    </message>
    <message>
        <source>Peer-dependency hygiene</source>
        <translation>对等依赖健康度</translation>
    </message>
    <message>
        <source>Stack heterogeneity</source>
        <translation>技术栈异构度</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Context relation</source>
        <translation>上下文关系</translation>
    </message>
    <message>
        <source>TCO scenario</source>
        <translation>TCO 场景</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Adopt</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>None (a point value)</source>
        <translation>无（单点值）</translation>
    </message>
    <message>
        <source>Triangular (low–high, the value as mode)</source>
        <translation>三角分布（低–高，当前值为众数）</translation>
    </message>
    <message>
        <source>Uniform (low–high)</source>
        <translation>均匀分布（低–高）</translation>
    </message>
    <message>
        <source>Normal (low–high = value ± σ)</source>
        <translation>正态分布（低–高 = 值 ± σ）</translation>
    </message>
    <message>
        <source>Lognormal (low–high = value ± σ)</source>
        <translation>对数正态分布（低–高 = 值 ± σ）</translation>
    </message>
    <message>
        <source>Refuses the configuration</source>
        <translation>拒绝该配置</translation>
    </message>
    <message>
        <source>Bills at the limit</source>
        <translation>按上限计费</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Rating aggregation</source>
        <translation>评分汇总方式</translation>
    </message>
    <message>
        <source>Missing figures</source>
        <translation>缺失数据</translation>
    </message>
    <message>
        <source>Disagreement threshold</source>
        <translation>分歧阈值</translation>
    </message>
    <message>
        <source>Fragile below</source>
        <translation>低于此值视为脆弱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>已入围</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>可用性目标</translation>
    </message>
    <message>
        <source>P99 latency target</source>
        <translation>P99 延迟目标</translation>
    </message>
    <message>
        <source>Delivery cycle</source>
        <translation>交付周期</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Criterion A</source>
        <translation>评估标准 A</translation>
    </message>
    <message>
        <source>Criterion B</source>
        <translation>评估标准 B</translation>
    </message>
    <message>
        <source>A is … times as important as B</source>
        <translation>A 的重要性是 B 的 … 倍</translation>
    </message>
    <message>
        <source>Recommends</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Domain type</source>
        <translation>领域类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team skills</source>
        <translation>团队技能</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Data format</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <source>Sync mechanism</source>
        <translation>同步机制</translation>
    </message>
    <message>
        <source>Latency tolerance</source>
        <translation>延迟容忍度</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>下游</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Upstream roles</source>
        <translation>上游角色</translation>
    </message>
    <message>
        <source>Downstream role</source>
        <translation>下游角色</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Expected latency</source>
        <translation>预期延迟</translation>
    </message>
    <message>
        <source>Price per GB-second</source>
        <translation>每 GB-秒价格</translation>
    </message>
    <message>
        <source>Price per million requests</source>
        <translation>每百万次请求价格</translation>
    </message>
    <message>
        <source>Free GB-seconds per month</source>
        <translation>每月免费 GB-秒</translation>
    </message>
    <message>
        <source>Free requests per month</source>
        <translation>每月免费请求数</translation>
    </message>
    <message>
        <source>Billing granularity</source>
        <translation>计费粒度</translation>
    </message>
    <message>
        <source>Minimum billed duration</source>
        <translation>最短计费时长</translation>
    </message>
    <message>
        <source>Bills cold-start init</source>
        <translation>对冷启动初始化计费</translation>
    </message>
    <message>
        <source>Price per vCPU-second</source>
        <translation>每 vCPU-秒价格</translation>
    </message>
    <message>
        <source>Free vCPU-seconds per month</source>
        <translation>每月免费 vCPU-秒</translation>
    </message>
    <message>
        <source>Memory granularity</source>
        <translation>内存粒度</translation>
    </message>
    <message>
        <source>vCPU by memory</source>
        <translation>按内存分配的 vCPU</translation>
    </message>
    <message>
        <source>Prices as of</source>
        <translation>价格截至</translation>
    </message>
    <message>
        <source>Language factor</source>
        <translation>语言系数</translation>
    </message>
    <message>
        <source>Factor is an estimate</source>
        <translation>系数为估计值</translation>
    </message>
    <message>
        <source>Cold start mean</source>
        <translation>冷启动均值</translation>
    </message>
    <message>
        <source>Cold start σ</source>
        <translation>冷启动 σ</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>首字节</translation>
    </message>
    <message>
        <source>Artifact size</source>
        <translation>制品大小</translation>
    </message>
    <message>
        <source>Cold start per artifact MB</source>
        <translation>每 MB 制品的冷启动</translation>
    </message>
    <message>
        <source>Monitoring migration</source>
        <translation>监控迁移</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Apply free tier</source>
        <translation>计入免费额度</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>平均时长</translation>
    </message>
    <message>
        <source>Invocations per month</source>
        <translation>每月调用次数</translation>
    </message>
    <message>
        <source>Cold-start share</source>
        <translation>冷启动占比</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Base platform cost</source>
        <translation>平台基础成本</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>CI builds per month</source>
        <translation>每月 CI 构建次数</translation>
    </message>
    <message>
        <source>CI minutes per build</source>
        <translation>每次构建的 CI 分钟数</translation>
    </message>
    <message>
        <source>CI price per minute</source>
        <translation>CI 每分钟价格</translation>
    </message>
    <message>
        <source>CI time per extra language</source>
        <translation>每增加一种语言的 CI 时间</translation>
    </message>
    <message>
        <source>Dependency volume spread</source>
        <translation>依赖体量分摊</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>存储价格</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日费率</translation>
    </message>
    <message>
        <source>Sensitivity step</source>
        <translation>敏感性步长</translation>
    </message>
    <message>
        <source>Monte Carlo runs</source>
        <translation>蒙特卡洛运行次数</translation>
    </message>
    <message>
        <source>Monte Carlo seed</source>
        <translation>蒙特卡洛种子</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>周期性</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>Runtime version</source>
        <translation>运行时版本</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Ecosystem</source>
        <translation>生态系统</translation>
    </message>
    <message>
        <source>Requested version</source>
        <translation>请求的版本</translation>
    </message>
    <message>
        <source>Resolved version</source>
        <translation>解析后的版本</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Bundled copy</source>
        <translation>内置副本</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契约</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Healthy limit</source>
        <translation>健康上限</translation>
    </message>
    <message>
        <source>Warning limit</source>
        <translation>警告上限</translation>
    </message>
    <message>
        <source>High limit</source>
        <translation>高风险上限</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>报告值</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>扫描时间</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Version drift</source>
        <translation>版本漂移</translation>
    </message>
    <message>
        <source>Protocol consistency</source>
        <translation>协议一致性</translation>
    </message>
    <message>
        <source>Peer-dependency hygiene</source>
        <translation>对等依赖健康度</translation>
    </message>
    <message>
        <source>Stack heterogeneity</source>
        <translation>技术栈异构度</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>被取代为</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>咨询对象</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知会对象</translation>
    </message>
    <message>
        <source>Context and problem statement</source>
        <translation>背景与问题陈述</translation>
    </message>
    <message>
        <source>Decision drivers</source>
        <translation>决策驱动因素</translation>
    </message>
    <message>
        <source>Decision outcome</source>
        <translation>决策结果</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>优点</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>缺点</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选定</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>环</translation>
    </message>
    <message>
        <source>Weight uncertainty</source>
        <translation>权重不确定性</translation>
    </message>
    <message>
        <source>Win-probability draws</source>
        <translation>胜出概率抽样次数</translation>
    </message>
    <message>
        <source>Win-probability seed</source>
        <translation>胜出概率种子</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Smallest memory</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Largest memory</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>Beyond the memory limits</source>
        <translation>超出内存限制时</translation>
    </message>
    <message>
        <source>Timeout limit</source>
        <translation>超时上限</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>团队人数</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>投票会话</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Revealed at</source>
        <translation>揭晓时间</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
</context>
<context>
    <name>FieldTip</name>
    <message>
        <source>Short unique key used in files and references; renaming it updates every reference</source>
        <translation>在文件和引用中使用的简短唯一键；重命名时会更新所有引用</translation>
    </message>
    <message>
        <source>Where the figures of this row come from (article section, measurement, URL)</source>
        <translation>本行数据的来源（文章章节、测量、URL）</translation>
    </message>
    <message>
        <source>How a candidate without a value for a weighted criterion is scored</source>
        <translation>对某个有权重的评估标准没有值的候选技术如何计分</translation>
    </message>
    <message>
        <source>Raters&apos; spread (highest minus lowest score) at or above which a cell is flagged for discussion</source>
        <translation>评分人离散度（最高分减最低分）达到或超过此值时，单元格会被标记以供讨论</translation>
    </message>
    <message>
        <source>A tier&apos;s ranking is fragile when moving one weight by less than this many percentage points changes the winner</source>
        <translation>若将某一权重变动少于这么多个百分点就会改变胜出者，则该等级的排名视为脆弱</translation>
    </message>
    <message>
        <source>Part of the selection matrix</source>
        <translation>属于选型矩阵</translation>
    </message>
    <message>
        <source>#rrggbb used for this candidate in diagrams and charts</source>
        <translation>该候选技术在图和图表中使用的颜色 #rrggbb</translation>
    </message>
    <message>
        <source>Raw measured value in the criterion&apos;s unit; empty means not measured</source>
        <translation>以评估标准的单位表示的原始测量值；为空表示未测量</translation>
    </message>
    <message>
        <source>Relative weight of the criterion in this tier; weights are normalised to sum to 100 %</source>
        <translation>该评估标准在此等级中的相对权重；权重会归一化为总和 100 %</translation>
    </message>
    <message>
        <source>A candidate whose raw value fails this comparison is knocked out of the tier</source>
        <translation>原始值不满足此比较的候选技术会在该等级中被淘汰</translation>
    </message>
    <message>
        <source>Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the other way round</source>
        <translation>Saaty 标度：1 同等重要，3 稍重要，5 明显重要，7 强烈重要，9 极端重要；1/3 … 1/9 则反之</translation>
    </message>
    <message>
        <source>A number for numeric attributes, an id for tier and language, text otherwise</source>
        <translation>数值属性填数字，等级和语言填 ID，其余填文本</translation>
    </message>
    <message>
        <source>Comma-separated languages or skills of the owning team</source>
        <translation>所属团队的语言或技能，以逗号分隔</translation>
    </message>
    <message>
        <source>Billed duration is rounded up to a multiple of this</source>
        <translation>计费时长向上取整为此值的倍数</translation>
    </message>
    <message>
        <source>Whether the provider bills the initialisation (cold start) duration</source>
        <translation>提供商是否对初始化（冷启动）时长计费</translation>
    </message>
    <message>
        <source>For providers that bill CPU time separately from memory (Cloud Run functions); 0 otherwise</source>
        <translation>适用于将 CPU 时间与内存分开计费的提供商（Cloud Run functions）；否则为 0</translation>
    </message>
    <message>
        <source>Billed memory is rounded up to a multiple of this (Azure Functions Consumption: 128 MB)</source>
        <translation>计费内存向上取整为此值的倍数（Azure Functions 消耗计划：128 MB）</translation>
    </message>
    <message>
        <source>Where CPU is billed: vCPUs allocated per memory size, “MB:vCPU” pairs, e.g. “512:0.333, 1024:0.583”</source>
        <translation>CPU 的计费方式：按内存大小分配的 vCPU，“MB:vCPU”对，例如“512:0.333, 1024:0.583”</translation>
    </message>
    <message>
        <source>Platform-overhead multiplier of the language (seed §2.5)</source>
        <translation>该语言的平台开销乘数（种子文章 §2.5）</translation>
    </message>
    <message>
        <source>Cold start added per MB of deployment artifact; the cold-start mean is then the part that does not depend on the artifact</source>
        <translation>部署制品每 MB 增加的冷启动时间；冷启动均值即为与制品无关的部分</translation>
    </message>
    <message>
        <source>Other scenarios are compared against the baseline</source>
        <translation>其他场景与基线进行比较</translation>
    </message>
    <message>
        <source>Extra CI build time for each additional language pipeline (seed §2.5: +37 %)</source>
        <translation>每增加一条语言流水线所需的额外 CI 构建时间（种子文章 §2.5：+37 %）</translation>
    </message>
    <message>
        <source>Each input is moved by ± this share for the tornado chart</source>
        <translation>绘制龙卷风图时，每个输入按此比例上下浮动 ±</translation>
    </message>
    <message>
        <source>A TCO parameter name, as `archboard-cli tco --list-parameters` lists them</source>
        <translation>TCO 参数名，即 `archboard-cli tco --list-parameters` 所列出的名称</translation>
    </message>
    <message>
        <source>The service ships its own copy instead of sharing the host&apos;s (peer-dependency hygiene)</source>
        <translation>该服务自带副本，而非共享宿主的副本（对等依赖健康度）</translation>
    </message>
    <message>
        <source>Beyond this limit the risk is severe</source>
        <translation>超出此上限即为严重风险</translation>
    </message>
    <message>
        <source>A value reported elsewhere (e.g. by the seed article) to compare with the scanned one</source>
        <translation>在别处报告的值（例如种子文章中的值），用于与扫描值比较</translation>
    </message>
    <message>
        <source>Date and time of the scan, ISO 8601 (UTC)</source>
        <translation>扫描的日期和时间，ISO 8601（UTC）</translation>
    </message>
    <message>
        <source>Which live figure this is, e.g. selection/&lt;tier&gt;/score/&lt;candidate&gt;; compared with the model to tell when the record is stale</source>
        <translation>这是哪个实时数据，例如 selection/&lt;tier&gt;/score/&lt;candidate&gt;；与模型比较以判断记录是否过时</translation>
    </message>
    <message>
        <source>Date and time of the export, ISO 8601 (UTC)</source>
        <translation>导出的日期和时间，ISO 8601（UTC）</translation>
    </message>
    <message>
        <source>Win probabilities: how far the board&apos;s weights may be off, as the standard deviation of a tier&apos;s largest weight share (Dirichlet around the weights); 0 holds the weights</source>
        <translation>胜出概率：委员会权重可能的偏差，以层级最大权重份额的标准差表示（以权重为中心的狄利克雷分布）；0 表示权重固定</translation>
    </message>
    <message>
        <source>How the value is uncertain, for win probabilities: limits (triangular, uniform) or value ± σ (normal, lognormal)</source>
        <translation>数值的不确定性（用于胜出概率）：上下限（三角、均匀）或 值 ± σ（正态、对数正态）</translation>
    </message>
    <message>
        <source>Lower limit, or value − σ for a normal or lognormal</source>
        <translation>下限；正态或对数正态分布时为 值 − σ</translation>
    </message>
    <message>
        <source>Upper limit, or value + σ for a normal or lognormal</source>
        <translation>上限；正态或对数正态分布时为 值 + σ</translation>
    </message>
    <message>
        <source>The provider&apos;s smallest memory setting; 0 when not known</source>
        <translation>该提供商的最小内存设置；未知时为 0</translation>
    </message>
    <message>
        <source>The provider&apos;s largest memory setting (AWS Lambda 10 240 MB, Azure Functions Consumption 1 536 MB); 0 when not known</source>
        <translation>该提供商的最大内存设置（AWS Lambda 10 240 MB，Azure Functions 消耗计划 1 536 MB）；未知时为 0</translation>
    </message>
    <message>
        <source>What the provider does with a memory outside its limits: refuses to create the function, or bills at the limit</source>
        <translation>内存超出限制时提供商的做法：拒绝创建函数，或按上限计费</translation>
    </message>
    <message>
        <source>Longest an invocation may run; a longer one is stopped and billed up to the limit. 0 when not known</source>
        <translation>单次调用可运行的最长时间；更长的调用会被终止并计费至该上限。未知时为 0</translation>
    </message>
    <message>
        <source>As the source states it: limits (triangular with the value as mode, uniform) or value ± σ (normal, lognormal)</source>
        <translation>按来源的表述：上下限（以当前值为众数的三角分布、均匀分布）或 值 ± σ（正态、对数正态）</translation>
    </message>
    <message>
        <source>Rounds of one voting session share this value (when its first round opened)</source>
        <translation>同一投票会话的各轮共享此值（第一轮开始的时间）</translation>
    </message>
    <message>
        <source>Date and time, ISO 8601 (UTC)</source>
        <translation>日期和时间，ISO 8601（UTC）</translation>
    </message>
</context>
<context>
    <name>FileRules</name>
    <message>
        <source>%1: a line break in a one-line field (the file would not open again)</source>
        <translation>%1：单行字段中有换行（文件将无法再次打开）</translation>
    </message>
    <message>
        <source>%1: the text is %2 MB; a workspace holds at most %3 MB per text</source>
        <translation>%1：文本为 %2 MB；工作区中每段文本最多 %3 MB</translation>
    </message>
    <message>
        <source>%1: not a finite number</source>
        <translation>%1：不是有限数值</translation>
    </message>
    <message>
        <source>%1: the row holds %2 MB of text; a workspace holds at most %3 MB per row</source>
        <translation>%1：该行包含 %2 MB 文本；工作区每行最多 %3 MB</translation>
    </message>
    <message>
        <source>%1: line break replaced by a space (a one-line field)</source>
        <translation>%1：换行已替换为空格（单行字段）</translation>
    </message>
    <message>
        <source>%1: text of %2 MB cut to %3 MB</source>
        <translation>%1：%2 MB 的文本已截断为 %3 MB</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 … %4; read as %5</source>
        <translation>%1：%2 超出 %3 … %4；按 %5 读取</translation>
    </message>
</context>
<context>
    <name>Fragmentation</name>
    <message>
        <source>Unrated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 个主版本</translation>
    </message>
    <message>
        <source>%1 minor</source>
        <translation>%1 个次版本</translation>
    </message>
    <message>
        <source>%1 patch</source>
        <translation>%1 个补丁版本</translation>
    </message>
    <message>
        <source>lowest of %1</source>
        <translation>%1 中最低的</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>any version</source>
        <translation>任意版本</translation>
    </message>
    <message>
        <source>not from the registry</source>
        <translation>并非来自注册表</translation>
    </message>
    <message>
        <source>not a version</source>
        <translation>不是版本号</translation>
    </message>
    <message>
        <source>%1 of %2 uses of %3 peer or bundled dependencies share the host&apos;s copy</source>
        <translation>%3 个对等依赖或内置依赖的 %2 次使用中有 %1 次共享宿主的副本</translation>
    </message>
    <message>
        <source>%1 of %2 integrations use an approved protocol</source>
        <translation>%2 个集成中有 %1 个使用已批准的协议</translation>
    </message>
    <message>
        <source>no runtime declared</source>
        <translation>未声明运行时</translation>
    </message>
    <message>
        <source>Shared dependencies by drift (the %1 worst)</source>
        <translation>按漂移排序的共享依赖（最差的 %1 个）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 services, %4 → %5</source>
        <translation>%1（%2）：%3 个服务，%4 → %5</translation>
    </message>
    <message>
        <source>%1 uses %2 (%3 behind the newest)</source>
        <translation>%1 使用 %2（落后最新版本 %3）</translation>
    </message>
    <message>
        <source>%1 uses %2 (%3)</source>
        <translation>%1 使用 %2（%3）</translation>
    </message>
    <message>
        <source>peer range: accepted, not installed</source>
        <translation>peer 范围：可接受，并未安装</translation>
    </message>
    <message>
        <source>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001, so 100 patches weigh as much as 1 minor (worst: %2 %3 → %4, %5)</source>
        <translation>%1 个共享依赖的最旧与最新版本之间的平均距离，其中 1 个主版本 = 1、1 个次版本 = 0.01、1 个补丁版本 = 0.0001，因此 100 个补丁版本与 1 个次版本等重（最差：%2 %3 → %4，%5）</translation>
    </message>
    <message>
        <source>mean distance between the oldest and newest version of %1 shared dependencies, where 1 major = 1, 1 minor = 0.01 and 1 patch = 0.0001 (worst: %2)</source>
        <translation>%1 个共享依赖的最旧与最新版本之间的平均距离，其中 1 个主版本 = 1、1 个次版本 = 0.01、1 个补丁版本 = 0.0001（最差：%2）</translation>
    </message>
</context>
<context>
    <name>FragmentationCharts</name>
    <message>
        <source>Drift: %1 (%2 → %3)</source>
        <translation>漂移：%1（%2 → %3）</translation>
    </message>
    <message>
        <source>%1 services use %2 versions:</source>
        <translation>%1 个服务使用 %2 个版本：</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 个服务</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 个服务</translation>
    </message>
    <message>
        <source>… and %1 more versions</source>
        <translation>… 以及另外 %1 个版本</translation>
    </message>
    <message>
        <source>No dependency is used by two or more services</source>
        <translation>没有被两个或更多服务使用的依赖</translation>
    </message>
    <message>
        <source>No drift: every shared dependency is on one version</source>
        <translation>无漂移：每个共享依赖都只使用一个版本</translation>
    </message>
    <message>
        <source>Version drift (oldest → newest in use): the %1 worst of %2 drifting shared dependencies</source>
        <translation>版本漂移（使用中的最旧 → 最新）：%2 个存在漂移的共享依赖中最差的 %1 个</translation>
    </message>
    <message>
        <source>Version drift (oldest → newest in use) of %1 shared dependencies</source>
        <translation>%1 个共享依赖的版本漂移（使用中的最旧 → 最新）</translation>
    </message>
    <message>
        <source>1 patch</source>
        <translation>1 个补丁版本</translation>
    </message>
    <message>
        <source>1 minor</source>
        <translation>1 个次版本</translation>
    </message>
    <message>
        <source>1 major</source>
        <translation>1 个主版本</translation>
    </message>
    <message>
        <source>%1 major</source>
        <translation>%1 个主版本</translation>
    </message>
</context>
<context>
    <name>FragmentationStyle</name>
    <message>
        <source>Major drift</source>
        <translation>主版本漂移</translation>
    </message>
    <message>
        <source>Minor drift</source>
        <translation>次版本漂移</translation>
    </message>
    <message>
        <source>Patch drift</source>
        <translation>补丁版本漂移</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>无漂移</translation>
    </message>
</context>
<context>
    <name>Madr</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1: not written by this export; left alone (adr list lists it too)</source>
        <translation>%1：不是由本次导出写入的；保持不变（adr list 也会列出它）</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>前置元数据</translation>
    </message>
    <message>
        <source>date “%1” is not YYYY-MM-DD; left empty</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式；留空</translation>
    </message>
    <message>
        <source>%1 too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>%1 is not a list of “key: value” lines</source>
        <translation>%1 不是由“key: value”行组成的列表</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>archboard must be a map</source>
        <translation>archboard 必须是映射</translation>
    </message>
    <message>
        <source>archboard.chosen must be a list</source>
        <translation>archboard.chosen 必须是列表</translation>
    </message>
    <message>
        <source>archboard.%1 must be a list</source>
        <translation>archboard.%1 必须是列表</translation>
    </message>
    <message>
        <source>each of archboard.%1 must be a map</source>
        <translation>archboard.%1 的每一项都必须是映射</translation>
    </message>
    <message>
        <source>link of kind “%1” to “%2” not recognised; left out</source>
        <translation>无法识别指向“%2”的“%1”类关联；已略去</translation>
    </message>
    <message>
        <source>figure value “%1” is not a number</source>
        <translation>数据值“%1”不是数字</translation>
    </message>
    <message>
        <source>figure without a key left out</source>
        <translation>已略去没有键的数据</translation>
    </message>
    <message>
        <source>%1 key archboard.%2 not mapped</source>
        <translation>%1 中的键 archboard.%2 未映射</translation>
    </message>
    <message>
        <source>file larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the front matter opened here is not closed by a “---” line</source>
        <translation>此处开始的前置元数据没有以“---”行结束</translation>
    </message>
    <message>
        <source>archboard metadata both in the front matter and in a comment</source>
        <translation>archboard 元数据同时出现在前置元数据和注释中</translation>
    </message>
    <message>
        <source>the archboard metadata opened here is not closed by a “--&gt;” line</source>
        <translation>此处开始的 archboard 元数据没有以“--&gt;”行结束</translation>
    </message>
    <message>
        <source>archboard metadata</source>
        <translation>archboard 元数据</translation>
    </message>
    <message>
        <source>no title: no line starting with “# ”</source>
        <translation>没有标题：没有以“# ”开头的行</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <source>no record number: the file name does not start with digits and the title has no “N.”</source>
        <translation>没有记录编号：文件名不以数字开头，标题中也没有“N.”</translation>
    </message>
    <message>
        <source>text under “Pros and Cons of the Options” outside an option not mapped</source>
        <translation>“Pros and Cons of the Options”下位于方案之外的文本未映射</translation>
    </message>
    <message>
        <source>superseded, but the superseding record is not named</source>
        <translation>已被取代，但未指明取代它的记录</translation>
    </message>
    <message>
        <source>chosen option “%1” is not among the considered options</source>
        <translation>选定方案“%1”不在备选方案中</translation>
    </message>
    <message>
        <source>not a readable folder</source>
        <translation>不是可读取的文件夹</translation>
    </message>
    <message>
        <source>%1: not a numbered record (NNNN-title.md); skipped</source>
        <translation>%1：不是带编号的记录（NNNN-title.md）；已跳过</translation>
    </message>
    <message>
        <source>%1: superseding record “%2” not found; successor left empty</source>
        <translation>%1：未找到取代它的记录“%2”；后继记录留空</translation>
    </message>
    <message>
        <source>%1: link to %2 “%3” left out: the workspace has no such element</source>
        <translation>%1：已略去指向 %2“%3”的链接：工作区中没有该元素</translation>
    </message>
    <message>
        <source>a broken symbolic link; not read</source>
        <translation>损坏的符号链接；未读取</translation>
    </message>
    <message>
        <source>a symbolic link out of the folder (to %1); not read</source>
        <translation>指向文件夹之外的符号链接（指向 %1）；未读取</translation>
    </message>
    <message>
        <source>%1: cannot be read as a record; left alone</source>
        <translation>%1：无法作为决策记录读取；保持不变</translation>
    </message>
    <message>
        <source>%1:%2: superseded by “%3”, which is not a record of the folder; successor left empty</source>
        <translation>%1:%2：被“%3”取代，但它不是该文件夹中的记录；后继记录留空</translation>
    </message>
    <message>
        <source>%1: supersedes “%2”, which is not a record of the folder</source>
        <translation>%1：取代“%2”，但它不是该文件夹中的记录</translation>
    </message>
    <message>
        <source>%1: supersedes %2, which says it is %3; left as it says</source>
        <translation>%1：取代 %2，但 %2 自称为“%3”；按其所述保留</translation>
    </message>
    <message>
        <source>superseded by another record</source>
        <translation>已被另一条记录取代</translation>
    </message>
    <message>
        <source>“%1”: number %2 is taken or above 9999; numbered %3</source>
        <translation>“%1”：编号 %2 已被占用或大于 9999；改为编号 %3</translation>
    </message>
    <message>
        <source>text under the title not mapped: “%1” (kept when the record is exported into this folder again)</source>
        <translation>标题下的文本未映射：“%1”（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>status text “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>状态文本“%1”未映射（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>heading “%1” read as the option “%2” (exported under the option&apos;s name)</source>
        <translation>标题“%1”读作方案“%2”（导出时使用方案名称）</translation>
    </message>
    <message>
        <source>second title “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>第二个标题“%1”未映射（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>section “%1” not mapped (kept when the record is exported into this folder again)</source>
        <translation>章节“%1”未映射（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>no status: imported as “not stated” (log4brains shows such a record as accepted)</source>
        <translation>无状态：导入为“未说明”（log4brains 会将此类记录显示为已接受）</translation>
    </message>
    <message>
        <source>status “%1” differs from “%2” on line %3, which is used</source>
        <translation>状态“%1”与第 %3 行的“%2”不一致，采用后者</translation>
    </message>
    <message>
        <source>status “%1” is not proposed, accepted, rejected, deprecated or superseded: imported as “not stated” (kept when the record is exported into this folder again)</source>
        <translation>状态“%1”不是 proposed、accepted、rejected、deprecated 或 superseded：导入为“未说明”（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>chosen option “%1” read as “%2”</source>
        <translation>所选方案“%1”读作“%2”</translation>
    </message>
    <message>
        <source>%1 key “%2” not mapped (kept when the record is exported into this folder again)</source>
        <translation>%1 中的键“%2”未映射（再次导出到此文件夹时保留）</translation>
    </message>
    <message>
        <source>archboard.number “%1” is not a whole number ≥ 0</source>
        <translation>archboard.number“%1”不是 ≥ 0 的整数</translation>
    </message>
</context>
<context>
    <name>Manifests</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3)</source>
        <translation>%1 过长（%2 个字符；最多 %3 个）</translation>
    </message>
    <message>
        <source>%1 contains control characters</source>
        <translation>%1 包含控制字符</translation>
    </message>
    <message>
        <source>a dependency without a name</source>
        <translation>没有名称的依赖</translation>
    </message>
    <message>
        <source>a dependency name</source>
        <translation>依赖名称</translation>
    </message>
    <message>
        <source>the version of %1</source>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>the resolved version of %1</source>
        <translation>%1 的解析后版本</translation>
    </message>
    <message>
        <source>the checksum of %1</source>
        <translation>%1 的校验和</translation>
    </message>
    <message>
        <source>the source of %1</source>
        <translation>%1 的来源</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个错误未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at column %2; a manifest is UTF-8 text</source>
        <translation>位于第 %2 列的 %1；清单文件应为 UTF-8 文本</translation>
    </message>
    <message>
        <source>JSON syntax: %1</source>
        <translation>JSON 语法：%1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>“%1” is not a string</source>
        <translation>“%1”不是字符串</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“engines” is not an object</source>
        <translation>“engines”不是对象</translation>
    </message>
    <message>
        <source>“workspaces.packages” is not an array of folder globs</source>
        <translation>“workspaces.packages”不是文件夹通配符数组</translation>
    </message>
    <message>
        <source>“workspaces” is neither an array nor an object with “packages”</source>
        <translation>“workspaces”既不是数组，也不是包含“packages”的对象</translation>
    </message>
    <message>
        <source>a workspace member is not a string</source>
        <translation>某个工作区成员不是字符串</translation>
    </message>
    <message>
        <source>a workspace member</source>
        <translation>工作区成员</translation>
    </message>
    <message>
        <source>“%1” is not an object of package names and versions</source>
        <translation>“%1”不是由包名和版本组成的对象</translation>
    </message>
    <message>
        <source>dependency %1 in “%2”: the version is not a string</source>
        <translation>“%2”中的依赖 %1：版本不是字符串</translation>
    </message>
    <message>
        <source>no numeric “lockfileVersion”; this is not a package-lock.json written by npm</source>
        <translation>没有数值型“lockfileVersion”；这不是 npm 写出的 package-lock.json</translation>
    </message>
    <message>
        <source>lockfileVersion 1 is not supported; run npm install with npm ≥ 7</source>
        <translation>不支持 lockfileVersion 1；请使用 npm ≥ 7 运行 npm install</translation>
    </message>
    <message>
        <source>lockfileVersion %1 is not supported (npm 7 and later write 2 or 3)</source>
        <translation>不支持 lockfileVersion %1（npm 7 及更高版本写出 2 或 3）</translation>
    </message>
    <message>
        <source>no “packages” object, which lockfileVersion %1 requires</source>
        <translation>没有 lockfileVersion %1 所需的“packages”对象</translation>
    </message>
    <message>
        <source>package %1 is not an object</source>
        <translation>包 %1 不是对象</translation>
    </message>
    <message>
        <source>workspace link to %1</source>
        <translation>指向 %1 的工作区链接</translation>
    </message>
    <message>
        <source>package %1 has no version</source>
        <translation>包 %1 没有版本</translation>
    </message>
    <message>
        <source>installed as %1</source>
        <translation>安装为 %1</translation>
    </message>
    <message>
        <source>a quoted string is not closed</source>
        <translation>带引号的字符串未闭合</translation>
    </message>
    <message>
        <source>unexpected parenthesis inside the “%1 (” block</source>
        <translation>“%1 (”块中出现意外的括号</translation>
    </message>
    <message>
        <source>unknown directive %1</source>
        <translation>未知指令 %1</translation>
    </message>
    <message>
        <source>expected “module path”</source>
        <translation>应为“module path”</translation>
    </message>
    <message>
        <source>the module path</source>
        <translation>模块路径</translation>
    </message>
    <message>
        <source>invalid go version %1; expected e.g. “go 1.22” or “go 1.22.1”</source>
        <translation>无效的 go 版本 %1；应为例如“go 1.22”或“go 1.22.1”</translation>
    </message>
    <message>
        <source>invalid toolchain %1; expected e.g. “toolchain go1.22.3”</source>
        <translation>无效的 toolchain %1；应为例如“toolchain go1.22.3”</translation>
    </message>
    <message>
        <source>expected “require module/path vX.Y.Z”, found %1</source>
        <translation>应为“require module/path vX.Y.Z”，却发现 %1</translation>
    </message>
    <message>
        <source>expected “replace module [version] =&gt; replacement [version]”</source>
        <translation>应为“replace module [version] =&gt; replacement [version]”</translation>
    </message>
    <message>
        <source>invalid replacement %1</source>
        <translation>无效的替换 %1</translation>
    </message>
    <message>
        <source>replacement %1 has no version, so it must be a directory (./ or ../)</source>
        <translation>替换 %1 没有版本，因此必须是目录（./ 或 ../）</translation>
    </message>
    <message>
        <source>the “%1 (” block is never closed</source>
        <translation>“%1 (”块从未闭合</translation>
    </message>
    <message>
        <source>no module directive</source>
        <translation>没有 module 指令</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>被替换为 %1</translation>
    </message>
    <message>
        <source>replaced by %1 %2</source>
        <translation>被替换为 %1 %2</translation>
    </message>
    <message>
        <source>brackets nested deeper than %1 levels</source>
        <translation>括号嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a key with more than %1 dotted parts</source>
        <translation>键的点分部分超过 %1 个</translation>
    </message>
    <message>
        <source>TOML syntax (column %1): %2</source>
        <translation>TOML 语法（第 %1 列）：%2</translation>
    </message>
    <message>
        <source>%1.%2 is not a string</source>
        <translation>%1.%2 不是字符串</translation>
    </message>
    <message>
        <source>%1 is not an array of strings</source>
        <translation>%1 不是字符串数组</translation>
    </message>
    <message>
        <source>an entry of %1 is not a string</source>
        <translation>%1 的某个条目不是字符串</translation>
    </message>
    <message>
        <source>an entry of %1</source>
        <translation>%1 的条目</translation>
    </message>
    <message>
        <source>dependency %1: expected a version string or a table</source>
        <translation>依赖 %1：应为版本字符串或表</translation>
    </message>
    <message>
        <source>dependency %1: “%2” is not a string</source>
        <translation>依赖 %1：“%2”不是字符串</translation>
    </message>
    <message>
        <source>dependency %1: “optional” is not true or false</source>
        <translation>依赖 %1：“optional”不是 true 或 false</translation>
    </message>
    <message>
        <source>imported as %1</source>
        <translation>导入为 %1</translation>
    </message>
    <message>
        <source>dependency %1: “workspace” can only be true</source>
        <translation>依赖 %1：“workspace”只能为 true</translation>
    </message>
    <message>
        <source>inherited from the workspace root</source>
        <translation>继承自工作区根</translation>
    </message>
    <message>
        <source>from [workspace.dependencies]</source>
        <translation>来自 [workspace.dependencies]</translation>
    </message>
    <message>
        <source>version %1 when published</source>
        <translation>发布时的版本 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <source>rev %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>dependency %1 has no version, path, git or workspace</source>
        <translation>依赖 %1 没有 version、path、git 或 workspace</translation>
    </message>
    <message>
        <source>[package].%1 is not a string</source>
        <translation>[package].%1 不是字符串</translation>
    </message>
    <message>
        <source>[workspace] is not a table</source>
        <translation>[workspace] 不是表</translation>
    </message>
    <message>
        <source>neither [package] nor [workspace]: not a Cargo manifest</source>
        <translation>既没有 [package] 也没有 [workspace]：不是 Cargo 清单文件</translation>
    </message>
    <message>
        <source>[%1] is not a table</source>
        <translation>[%1] 不是表</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>[target.%1] is not a table</source>
        <translation>[target.%1] 不是表</translation>
    </message>
    <message>
        <source>[target] is not a table</source>
        <translation>[target] 不是表</translation>
    </message>
    <message>
        <source>[workspace.dependencies]</source>
        <translation>[workspace.dependencies]</translation>
    </message>
    <message>
        <source>“package” is not an array of [[package]] tables</source>
        <translation>“package”不是由 [[package]] 表组成的数组</translation>
    </message>
    <message>
        <source>a [[package]] entry is not a table</source>
        <translation>某个 [[package]] 条目不是表</translation>
    </message>
    <message>
        <source>a [[package]] without name or version</source>
        <translation>没有 name 或 version 的 [[package]]</translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>not a Maven POM: the root element is &lt;%1&gt;, not &lt;project&gt;</source>
        <translation>不是 Maven POM：根元素是 &lt;%1&gt;，而不是 &lt;project&gt;</translation>
    </message>
    <message>
        <source>XML: %1</source>
        <translation>XML：%1</translation>
    </message>
    <message>
        <source>not a Maven POM: no &lt;project&gt; element</source>
        <translation>不是 Maven POM：没有 &lt;project&gt; 元素</translation>
    </message>
    <message>
        <source>in this POM</source>
        <translation>在此 POM 中</translation>
    </message>
    <message>
        <source>in this POM or its parent</source>
        <translation>在此 POM 或其父 POM 中</translation>
    </message>
    <message>
        <source>in this POM; the parent POM was not available</source>
        <translation>在此 POM 中；父 POM 不可用</translation>
    </message>
    <message>
        <source>%1: the property ${%2} is not defined (%3)</source>
        <translation>%1：属性 ${%2} 未定义（%3）</translation>
    </message>
    <message>
        <source>%1: properties nested more than %2 levels deep</source>
        <translation>%1：属性嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters after substitution</source>
        <translation>%1：替换后的值超过 %2 个字符</translation>
    </message>
    <message>
        <source>the project groupId</source>
        <translation>项目 groupId</translation>
    </message>
    <message>
        <source>the project artifactId</source>
        <translation>项目 artifactId</translation>
    </message>
    <message>
        <source>the project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>the project version</source>
        <translation>项目版本</translation>
    </message>
    <message>
        <source>the Java version (%1)</source>
        <translation>Java 版本（%1）</translation>
    </message>
    <message>
        <source>the Java version</source>
        <translation>Java 版本</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>a dependency&apos;s groupId</source>
        <translation>依赖的 groupId</translation>
    </message>
    <message>
        <source>a dependency&apos;s artifactId</source>
        <translation>依赖的 artifactId</translation>
    </message>
    <message>
        <source>a dependency without groupId or artifactId</source>
        <translation>没有 groupId 或 artifactId 的依赖</translation>
    </message>
    <message>
        <source>BOM imported in &lt;dependencyManagement&gt;</source>
        <translation>在 &lt;dependencyManagement&gt; 中导入的 BOM</translation>
    </message>
    <message>
        <source>managed in &lt;dependencyManagement&gt;</source>
        <translation>在 &lt;dependencyManagement&gt; 中管理</translation>
    </message>
    <message>
        <source>version from &lt;dependencyManagement&gt;</source>
        <translation>版本来自 &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>version from the parent&apos;s &lt;dependencyManagement&gt;</source>
        <translation>版本来自父 POM 的 &lt;dependencyManagement&gt;</translation>
    </message>
    <message>
        <source>version managed by the parent or an imported BOM</source>
        <translation>版本由父 POM 或导入的 BOM 管理</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>依赖 %1</translation>
    </message>
    <message>
        <source>expected a project name, found %1</source>
        <translation>应为项目名称，却发现 %1</translation>
    </message>
    <message>
        <source>invalid project name %1</source>
        <translation>无效的项目名称 %1</translation>
    </message>
    <message>
        <source>the extras of %1 are not closed with “]”</source>
        <translation>%1 的 extras 未以“]”结束</translation>
    </message>
    <message>
        <source>expected a URL after “@” for %1</source>
        <translation>%1 的“@”之后应为 URL</translation>
    </message>
    <message>
        <source>unexpected text after the URL of %1</source>
        <translation>%1 的 URL 之后有意外的文本</translation>
    </message>
    <message>
        <source>an empty environment marker after “;”</source>
        <translation>“;”之后的环境标记为空</translation>
    </message>
    <message>
        <source>the version of %1 opens “(” without closing it</source>
        <translation>%1 的版本以“(”开始但未闭合</translation>
    </message>
    <message>
        <source>invalid version specifier %1 for %2</source>
        <translation>%2 的版本说明符 %1 无效</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1 needs a path or URL</source>
        <translation>%1 需要路径或 URL</translation>
    </message>
    <message>
        <source>cannot tell the project name of %1; add “#egg=name”</source>
        <translation>无法确定 %1 的项目名称；请添加“#egg=name”</translation>
    </message>
    <message>
        <source>editable; name taken from the path</source>
        <translation>可编辑；名称取自路径</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <source>invalid hash %1; expected “--hash=sha256:…”</source>
        <translation>无效的哈希 %1；应为“--hash=sha256:…”</translation>
    </message>
    <message>
        <source>cannot tell the project name of %1; write “name @ URL” or add “#egg=name”</source>
        <translation>无法确定 %1 的项目名称；请写成“name @ URL”或添加“#egg=name”</translation>
    </message>
    <message>
        <source>marker: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>a dependency is not a PEP 508 string</source>
        <translation>某个依赖不是 PEP 508 字符串</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 不是数组</translation>
    </message>
    <message>
        <source>dependency %1: expected a version string, a table or an array of tables</source>
        <translation>依赖 %1：应为版本字符串、表或表数组</translation>
    </message>
    <message>
        <source>dependency %1 has no version, path, git or url</source>
        <translation>依赖 %1 没有 version、path、git 或 url</translation>
    </message>
    <message>
        <source>python %1</source>
        <translation>python %1</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>extra %1</translation>
    </message>
    <message>
        <source>[project.optional-dependencies] is not a table</source>
        <translation>[project.optional-dependencies] 不是表</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>%1 is not a table</source>
        <translation>%1 不是表</translation>
    </message>
    <message>
        <source>the Python version</source>
        <translation>Python 版本</translation>
    </message>
    <message>
        <source>[tool.poetry.group.%1] is not a table</source>
        <translation>[tool.poetry.group.%1] 不是表</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML 语法：%1</translation>
    </message>
    <message>
        <source>expected a mapping with “runtime” and “dependencies”</source>
        <translation>应为包含“runtime”和“dependencies”的映射</translation>
    </message>
    <message>
        <source>no “runtime” (e.g. “runtime: nodejs-18.17.0”)</source>
        <translation>没有“runtime”（例如“runtime: nodejs-18.17.0”）</translation>
    </message>
    <message>
        <source>“runtime” is not a text value like “nodejs-18.17.0”</source>
        <translation>“runtime”不是类似“nodejs-18.17.0”的文本值</translation>
    </message>
    <message>
        <source>the runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>the runtime version</source>
        <translation>运行时版本</translation>
    </message>
    <message>
        <source>“dependencies” is not a list</source>
        <translation>“dependencies”不是列表</translation>
    </message>
    <message>
        <source>a dependency is not a mapping of name, version and checksum</source>
        <translation>某个依赖不是由 name、version 和 checksum 组成的映射</translation>
    </message>
    <message>
        <source>a dependency without “%1”</source>
        <translation>缺少“%1”的依赖</translation>
    </message>
    <message>
        <source>“%1” is not a text value</source>
        <translation>“%1”不是文本值</translation>
    </message>
    <message>
        <source>dependency %1: unknown ecosystem %2 (npm, maven, pypi, go, cargo or other)</source>
        <translation>依赖 %1：未知的生态系统 %2（npm、maven、pypi、go、cargo 或 other）</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML：%1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; a %2 has at most %3 MB)</source>
        <translation>文件过大（%1 MB；%2 最多 %3 MB）</translation>
    </message>
    <message>
        <source>out of memory while reading the file</source>
        <translation>读取文件时内存不足</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>TOML syntax: a character beyond ASCII outside a string or comment</source>
        <translation>TOML 语法：字符串或注释之外出现非 ASCII 字符</translation>
    </message>
    <message>
        <source>expected “use ./path”, found %1</source>
        <translation>应为“use ./路径”，实际为 %1</translation>
    </message>
    <message>
        <source>a use path</source>
        <translation>use 路径</translation>
    </message>
    <message>
        <source>%1 is not a mapping of package names and versions</source>
        <translation>%1 不是包名到版本的映射</translation>
    </message>
    <message>
        <source>%1: an entry is not “name: version”</source>
        <translation>%1：某项不是“名称: 版本”</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog 目录</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>catalog 目录 %1</translation>
    </message>
    <message>
        <source>expected a mapping with “packages”</source>
        <translation>应为包含“packages”的映射</translation>
    </message>
    <message>
        <source>“packages” is not a list of folder globs</source>
        <translation>“packages”不是文件夹通配模式列表</translation>
    </message>
    <message>
        <source>an entry of “packages” is not a text value</source>
        <translation>“packages”中的某项不是文本值</translation>
    </message>
    <message>
        <source>an entry of “packages”</source>
        <translation>“packages”中的某项</translation>
    </message>
    <message>
        <source>“catalogs” is not a mapping of catalog names</source>
        <translation>“catalogs”不是目录名称的映射</translation>
    </message>
    <message>
        <source>a catalog name is not a text value</source>
        <translation>某个目录名称不是文本值</translation>
    </message>
    <message>
        <source>a catalog name</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>not from the registry: %1</source>
        <translation>不是来自注册表：%1</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>importer %1 is not a mapping</source>
        <translation>importer %1 不是映射</translation>
    </message>
    <message>
        <source>“%1” of importer %2 is not a mapping</source>
        <translation>importer %2 的“%1”不是映射</translation>
    </message>
    <message>
        <source>a dependency name is not a text value</source>
        <translation>某个依赖名称不是文本值</translation>
    </message>
    <message>
        <source>dependency %1 of importer %2 has no version</source>
        <translation>importer %2 的依赖 %1 没有版本</translation>
    </message>
    <message>
        <source>expected a mapping with “lockfileVersion”</source>
        <translation>应为包含“lockfileVersion”的映射</translation>
    </message>
    <message>
        <source>no “lockfileVersion”; this is not a pnpm-lock.yaml written by pnpm</source>
        <translation>没有“lockfileVersion”；这不是 pnpm 写出的 pnpm-lock.yaml</translation>
    </message>
    <message>
        <source>lockfileVersion %1 is not supported (pnpm 7 writes 5.4, pnpm 8 6.0, pnpm 9 and 10 9.0)</source>
        <translation>不支持 lockfileVersion %1（pnpm 7 写 5.4，pnpm 8 写 6.0，pnpm 9 和 10 写 9.0）</translation>
    </message>
    <message>
        <source>“importers” is not a mapping of folders</source>
        <translation>“importers”不是文件夹的映射</translation>
    </message>
    <message>
        <source>an importer folder is not a text value</source>
        <translation>某个 importer 文件夹不是文本值</translation>
    </message>
    <message>
        <source>an importer folder</source>
        <translation>importer 文件夹</translation>
    </message>
    <message>
        <source>entry %1 has no version</source>
        <translation>条目 %1 没有版本</translation>
    </message>
    <message>
        <source>descriptor %1 is not “name@range”</source>
        <translation>描述符 %1 不是“名称@范围”</translation>
    </message>
    <message>
        <source>a tab in the indentation; yarn indents with spaces</source>
        <translation>缩进中有制表符；yarn 用空格缩进</translation>
    </message>
    <message>
        <source>expected an entry header ending in “:”, found %1</source>
        <translation>应为以“:”结尾的条目标题，实际为 %1</translation>
    </message>
    <message>
        <source>a quoted descriptor is not closed</source>
        <translation>带引号的描述符未闭合</translation>
    </message>
    <message>
        <source>an indented line outside an entry</source>
        <translation>条目之外的缩进行</translation>
    </message>
    <message>
        <source>an empty version</source>
        <translation>空版本</translation>
    </message>
    <message>
        <source>a version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>a checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>the parent POM</source>
        <translation>父 POM</translation>
    </message>
    <message>
        <source>the POM %1 folders up</source>
        <translation>上方第 %1 层文件夹中的 POM</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); its properties are not used</source>
        <translation>%1 过大（%2 MB）；不使用其属性</translation>
    </message>
    <message>
        <source>%1 cannot be read (line %2: %3); its properties are not used</source>
        <translation>无法读取%1（第 %2 行：%3）；不使用其属性</translation>
    </message>
    <message>
        <source>in this POM or the %1 POMs above it</source>
        <translation>在此 POM 或其上方的 %1 个 POM 中</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Weighted score by criterion (0–100)</source>
        <translation>各评估标准的加权得分（0–100）</translation>
    </message>
    <message>
        <source>Normalised profile (1 = best of the shortlist); missing figures are left out</source>
        <translation>归一化画像（1 = 入围名单中最佳）；缺失数据不计入</translation>
    </message>
    <message>
        <source>Normalised profile over the 12 heaviest criteria; missing figures are left out</source>
        <translation>按权重最大的 12 个评估标准绘制的归一化画像；缺失数据不计入</translation>
    </message>
    <message>
        <source>A profile needs at least three weighted criteria</source>
        <translation>画像至少需要三个有权重的评估标准</translation>
    </message>
    <message>
        <source>Weight share now → share at which the winner changes (%)</source>
        <translation>当前权重占比 → 胜出者改变时的占比（%）</translation>
    </message>
    <message>
        <source>Room before the winner changes</source>
        <translation>胜出者改变前的余量</translation>
    </message>
    <message>
        <source>Fragile: under %1 pp</source>
        <translation>脆弱：低于 %1 个百分点</translation>
    </message>
    <message>
        <source>: %1 % → %2 at %3 %</source>
        <translation>：%1 % → 在 %3 % 时为 %2</translation>
    </message>
    <message>
        <source>: %1 % — no share flips the winner</source>
        <translation>：%1 % — 任何占比都不会改变胜出者</translation>
    </message>
    <message>
        <source> · wins %1</source>
        <translation> · 胜出 %1</translation>
    </message>
    <message>
        <source> ✕ knocked out: %1</source>
        <translation> ✕ 已淘汰：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 of its %4 points (the weighted score, 0–100)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;占其 %4 分中的 %3 分（加权得分，0–100）</translation>
    </message>
    <message>
        <source>The criterion&apos;s share of the weight: %1 %</source>
        <translation>该评估标准的权重占比：%1 %</translation>
    </message>
    <message>
        <source>No figure for this criterion: it adds nothing.</source>
        <translation>该评估标准没有数值：不计分。</translation>
    </message>
    <message>
        <source>Weighted score by criterion (0–100): the %1 heaviest of %2 criteria, the other %3 grouped as “%4”</source>
        <translation>各评估标准的加权得分（0–100）：%2 个评估标准中权重最大的 %1 个，其余 %3 个合并为“%4”</translation>
    </message>
    <message>
        <source>; the %1 best-ranked of %2 candidates in colour, the other %3 in grey as “%4”</source>
        <translation>；%2 个候选中排名最前的 %1 个以彩色显示，其余 %3 个以灰色显示为“%4”</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Normalised value %3 (1 = best of the shortlist, 0 = worst)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;归一化值 %3（1 = 入围者中最好，0 = 最差）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Its share of the weight now: %2 %</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;当前权重占比：%2 %</translation>
    </message>
    <message>
        <source>At %1 % %2 wins instead: %3 pp away</source>
        <translation>占比为 %1 % 时改由 %2 胜出：相差 %3 个百分点</translation>
    </message>
    <message>
        <source>Fragile: a move under %1 pp changes the winner.</source>
        <translation>脆弱：变动不到 %1 个百分点即会改变胜出者。</translation>
    </message>
    <message>
        <source>Safe: the winner holds for moves under %1 pp.</source>
        <translation>稳健：变动小于 %1 个百分点时胜出者不变。</translation>
    </message>
    <message>
        <source>No share of this criterion changes the winner.</source>
        <translation>该评估标准取任何占比都不会改变胜出者。</translation>
    </message>
    <message>
        <source>: further from changing the winner</source>
        <translation>：离改变胜出者更远</translation>
    </message>
    <message>
        <source>Weight share now → share at which the winner changes (%): the %1 criteria nearest to a change of %2, the other %3 grouped as “%4”</source>
        <translation>当前权重占比 → 胜出者改变时的占比（%）：%2 个评估标准中最接近改变胜出者的 %1 个，其余 %3 个合并为“%4”</translation>
    </message>
    <message>
        <source> ✕ knocked out</source>
        <translation> ✕ 已淘汰</translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <source>Chosen in the accepted decision record %1 “%2”.</source>
        <translation>在已接受的决策记录 %1“%2”中被选定。</translation>
    </message>
    <message>
        <source>Chosen in the proposed decision record %1 “%2”.</source>
        <translation>在提议中的决策记录 %1“%2”中被选定。</translation>
    </message>
    <message>
        <source>Chosen in the rejected decision record %1 “%2”.</source>
        <translation>在已拒绝的决策记录 %1“%2”中被选定。</translation>
    </message>
    <message>
        <source>Chosen in the deprecated decision record %1 “%2”.</source>
        <translation>在已弃用的决策记录 %1“%2”中被选定。</translation>
    </message>
    <message>
        <source>Chosen in the superseded decision record %1 “%2” and not chosen again.</source>
        <translation>在已被取代的决策记录 %1“%2”中被选定，此后未再被选定。</translation>
    </message>
    <message>
        <source>Chosen in the decision record %1 “%2”, superseded by %3, which does not choose it again.</source>
        <translation>在决策记录 %1“%2”中被选定；该记录已被 %3 取代，而后者未再选定它。</translation>
    </message>
    <message>
        <source>the SLA tier “%1” (score %2)</source>
        <translation>SLA 等级“%1”（得分 %2）</translation>
    </message>
    <message>
        <source>Wins %1.</source>
        <translation>在 %1 中胜出。</translation>
    </message>
    <message>
        <source>Knocked out in every SLA tier (%1 of %1).</source>
        <translation>在所有 SLA 等级中均被淘汰（%1 / %1）。</translation>
    </message>
    <message>
        <source>Knocked out in every SLA tier (%1 of %1); in “%2” it fails the must-pass threshold on %3.</source>
        <translation>在所有 SLA 等级中均被淘汰（%1 / %1）；在“%2”中，其 %3 未满足必须满足的阈值。</translation>
    </message>
    <message>
        <source>Shortlisted and ranked, not knocked out: best rank %1 of %2 in the SLA tier “%3” (score %4).</source>
        <translation>已入围并参与排名，未被淘汰：在 SLA 等级“%3”中最佳排名为第 %1 名（共 %2 名，得分 %4）。</translation>
    </message>
    <message>
        <source>Shortlisted; no SLA tier ranks it yet.</source>
        <translation>已入围；尚无 SLA 等级对其排名。</translation>
    </message>
    <message>
        <source>Languages &amp; Frameworks</source>
        <translation>语言与框架</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Not shortlisted and chosen by no decision record.</source>
        <translation>未入围，也未被任何决策记录选定。</translation>
    </message>
    <message>
        <source>The workspace is open read-only.</source>
        <translation>工作区以只读方式打开。</translation>
    </message>
    <message>
        <source>Record tech radar export %1</source>
        <translation>记录技术雷达导出 %1</translation>
    </message>
    <message>
        <source>%1 blips, all new (no earlier export recorded).</source>
        <translation>%1 个条目，全部为新增（此前没有记录过导出）。</translation>
    </message>
    <message>
        <source>%1 blips since the export of %2: %3 new, %4 moved in, %5 moved out, %6 unchanged, %7 dropped.</source>
        <translation>自 %2 的导出以来共 %1 个条目：%3 个新增，%4 个向内移动，%5 个向外移动，%6 个未变，%7 个移除。</translation>
    </message>
    <message>
        <source>  moved in: %1 %2 → %3</source>
        <translation>  向内移动：%1 %2 → %3</translation>
    </message>
    <message>
        <source>  moved out: %1 %2 → %3</source>
        <translation>  向外移动：%1 %2 → %3</translation>
    </message>
    <message>
        <source>  new: %1 in %2</source>
        <translation>  新增：%1，位于 %2</translation>
    </message>
    <message>
        <source>  dropped: %1 (was %2)</source>
        <translation>  移除：%1（原为 %2）</translation>
    </message>
    <message>
        <source>  not on the radar: %1 — %2</source>
        <translation>  未上雷达：%1 — %2</translation>
    </message>
</context>
<context>
    <name>RadarFormat</name>
    <message>
        <source>Moved in from %1.</source>
        <translation>从 %1 向内移动。</translation>
    </message>
    <message>
        <source>Moved out from %1.</source>
        <translation>从 %1 向外移动。</translation>
    </message>
    <message>
        <source>%1: the radar file must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR)</source>
        <translation>%1：雷达文件必须以 .json（Zalando 技术雷达）或 .csv（ThoughtWorks BYOR）结尾</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>cannot write the recovery copy: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Untitled workspace</source>
        <translation>未命名工作区</translation>
    </message>
    <message>
        <source>Starts with the reference data of the seed article: FaaS providers&apos; prices (each with its source and date), language cost profiles, SLA tiers with criteria and weights, fragmentation thresholds and approved protocols. Add your candidates, bounded contexts, TCO scenarios and services.</source>
        <translation>以种子文章的参考数据开始：FaaS 提供商的价格（每条都注明来源和日期）、语言成本画像、带评估标准和权重的 SLA 等级、碎片化阈值和批准的协议。请添加您的候选技术、限界上下文、TCO 场景和服务。</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a FIFO</source>
        <translation>FIFO 管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备文件</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1: cannot write here: it is not a regular file</source>
        <translation>%1：无法写入：它不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: not saved, the file on disk is unchanged: %2</source>
        <translation>%1：未保存，磁盘上的文件保持不变：%2</translation>
    </message>
    <message>
        <source>%1 of %2 bytes reached the disk</source>
        <translation>%2 字节中只有 %1 字节写入磁盘</translation>
    </message>
    <message>
        <source>%1: the saved file has %2 bytes instead of %3</source>
        <translation>%1：保存的文件为 %2 字节，而不是 %3 字节</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file (%1); not read</source>
        <translation>不是普通文件（%1）；未读取</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>文件过大（%1 MB；最多 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>文件过大（最多 %1 MB）</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>the high end %1 is below the low end %2</source>
        <translation>上限 %1 低于下限 %2</translation>
    </message>
    <message>
        <source>a lognormal needs a value above 0 (it is %1)</source>
        <translation>对数正态分布需要大于 0 的值（当前为 %1）</translation>
    </message>
    <message>
        <source>low–high (%1–%2) is read as value ± σ but is not centred on the value %3</source>
        <translation>低–高（%1–%2）按 值 ± σ 解读，但并未以值 %3 为中心</translation>
    </message>
    <message>
        <source>triangular %1–%2, mode %3</source>
        <translation>三角分布 %1–%2，众数 %3</translation>
    </message>
    <message>
        <source>uniform %1–%2</source>
        <translation>均匀分布 %1–%2</translation>
    </message>
    <message>
        <source>normal %1 ± %2</source>
        <translation>正态分布 %1 ± %2</translation>
    </message>
    <message>
        <source>lognormal %1 ± %2</source>
        <translation>对数正态分布 %1 ± %2</translation>
    </message>
</context>
<context>
    <name>ScanHistory</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 runtime version</source>
        <translation>1 个运行时版本</translation>
    </message>
    <message>
        <source>%1 runtime versions</source>
        <translation>%1 个运行时版本</translation>
    </message>
    <message>
        <source>version drift</source>
        <translation>版本漂移</translation>
    </message>
    <message>
        <source>protocol consistency</source>
        <translation>协议一致性</translation>
    </message>
    <message>
        <source>peer-dependency hygiene</source>
        <translation>对等依赖健康度</translation>
    </message>
    <message>
        <source>stack heterogeneity</source>
        <translation>技术栈异构度</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>not a readable folder</source>
        <translation>不是可读取的文件夹</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cancelled before the end</source>
        <translation>在结束前被取消</translation>
    </message>
    <message>
        <source>the folder name is not UTF-8 text; the folder was skipped</source>
        <translation>文件夹名称不是 UTF-8 文本；已跳过该文件夹</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1); it was skipped</source>
        <translation>无法读取该文件夹（%1）；已跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed to fit the workspace file: %1</source>
        <translation>
            <numerusform>%n 个值已修改以适应工作区文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>manifests left out as not workspace members (%1): %2</source>
        <translation>因不是工作区成员而排除的清单（%1 个）：%2</translation>
    </message>
    <message>
        <source>not matched by %1</source>
        <translation>未被 %1 匹配</translation>
    </message>
    <message>
        <source>inside %1, which is itself left out: %2</source>
        <translation>位于 %1 内，而它本身已被排除：%2</translation>
    </message>
    <message>
        <source>excluded by %1</source>
        <translation>被 %1 排除</translation>
    </message>
    <message>
        <source>%1 %2 [%3] exclude [%4] in %5</source>
        <translation>%5 中的 %1 %2 [%3] exclude [%4]</translation>
    </message>
    <message>
        <source>%1 %2 [%3] in %4</source>
        <translation>%4 中的 %1 %2 [%3]</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, which pnpm-workspace.yaml in %4 does not list</source>
        <translation>%2 中的 %1 请求 %3，但 %4 中的 pnpm-workspace.yaml 未列出它</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but no pnpm-workspace.yaml at or above it has catalogs</source>
        <translation>%2 中的 %1 请求 %3，但其所在或上级文件夹中没有带 catalog 目录的 pnpm-workspace.yaml</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中为 %1</translation>
    </message>
    <message>
        <source>%1 is requested in different range styles: %2</source>
        <translation>%1 以不同的范围写法被请求：%2</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but %4 is %5</source>
        <translation>%2 中的 %1 请求 %3，但 %4 的版本是 %5</translation>
    </message>
    <message>
        <source>findings (%1): %2</source>
        <translation>发现（%1 项）：%2</translation>
    </message>
    <message>
        <source>%1 in %2 asks for %3, but no package in the scanned workspace is named %4</source>
        <translation>%2 中的 %1 请求 %3，但扫描的工作区中没有名为 %4 的包</translation>
    </message>
    <message>
        <source>the folder could not be read to the end (%1)</source>
        <translation>未能读完该文件夹（%1）</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>an id must not be empty</source>
        <translation>ID 不能为空</translation>
    </message>
    <message>
        <source>an id must be at most 64 characters</source>
        <translation>ID 最多 64 个字符</translation>
    </message>
    <message>
        <source>an id must not contain spaces or control characters</source>
        <translation>ID 不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1：应为文本</translation>
    </message>
    <message>
        <source>%1: expected a single line</source>
        <translation>%1：应为单行文本</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1：应为整数</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 … %4</source>
        <translation>%1：%2 超出 %3 … %4 的范围</translation>
    </message>
    <message>
        <source>%1: expected a number</source>
        <translation>%1：应为数字</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1：应为 true 或 false</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1：&apos;%2&apos; 不是 %3 之一</translation>
    </message>
    <message>
        <source>%1: expected a date as YYYY-MM-DD</source>
        <translation>%1：应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1: the text is longer than a workspace holds (%2 MB)</source>
        <translation>%1：文本超过工作区可容纳的长度（%2 MB）</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>%1 wins in %2 of %3 draws (± %4 pp)</source>
        <translation>%1 在 %3 次抽样中胜出 %2（± %4 个百分点）</translation>
    </message>
    <message>
        <source>no candidate wins in any draw</source>
        <translation>任何抽样中都没有候选胜出</translation>
    </message>
    <message>
        <source>no winner in %1</source>
        <translation>%1 的抽样无胜者</translation>
    </message>
    <message>
        <source>%1 %2 %3 required, value %4</source>
        <translation>要求 %1 %2 %3，实际值 %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>SqliteFormat</name>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>line break in a one-line field</source>
        <translation>单行字段中有换行</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数</translation>
    </message>
    <message>
        <source>expected 0 or 1</source>
        <translation>应为 0 或 1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>table “%1”, row %2, column “%3”: %4</source>
        <translation>表“%1”，第 %2 行，列“%3”：%4</translation>
    </message>
    <message>
        <source>ArchBoard workspace</source>
        <translation>ArchBoard 工作区</translation>
    </message>
    <message>
        <source>no migration from schema version %1 to %2</source>
        <translation>没有从架构版本 %1 到 %2 的迁移</translation>
    </message>
    <message>
        <source>migration from schema version %1 to %2 failed: %3</source>
        <translation>从架构版本 %1 到 %2 的迁移失败：%3</translation>
    </message>
    <message>
        <source>cannot create a database: %1</source>
        <translation>无法创建数据库：%1</translation>
    </message>
    <message>
        <source>cannot write the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>文件过大（%1 MB；最多 %2 MB）</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>文件过大（最多 %1 MB）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: the file is not an SQLite database</source>
        <translation>不是 ArchBoard 工作区：该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes, shorter than one database page)</source>
        <translation>文件被截断（%1 字节，小于一个数据库页）</translation>
    </message>
    <message>
        <source>cannot open a database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>the file is corrupt: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: this SQLite database belongs to another application (application_id 0x%1)</source>
        <translation>不是 ArchBoard 工作区：此 SQLite 数据库属于另一个应用程序（application_id 0x%1）</translation>
    </message>
    <message>
        <source>the workspace was written by a newer ArchBoard (schema version %1; this version reads up to %2). Open it with a newer ArchBoard.</source>
        <translation>该工作区由更新版本的 ArchBoard 写入（架构版本 %1；此版本最多可读取 %2）。请使用更新版本的 ArchBoard 打开。</translation>
    </message>
    <message>
        <source>the workspace has no valid schema version (%1)</source>
        <translation>该工作区没有有效的架构版本（%1）</translation>
    </message>
    <message>
        <source>the file is corrupt (integrity check): %1</source>
        <translation>文件已损坏（完整性检查）：%1</translation>
    </message>
    <message>
        <source>cannot upgrade the workspace: %1</source>
        <translation>无法升级工作区：%1</translation>
    </message>
    <message>
        <source>not a complete ArchBoard workspace: table “%1” is missing</source>
        <translation>不是完整的 ArchBoard 工作区：缺少表“%1”</translation>
    </message>
    <message>
        <source>not a complete ArchBoard workspace: table “%1” has no column “%2”</source>
        <translation>不是完整的 ArchBoard 工作区：表“%1”没有列“%2”</translation>
    </message>
    <message>
        <source>table “%1”, column “%2” has type %3 instead of %4</source>
        <translation>表“%1”的列“%2”类型为 %3，而不是 %4</translation>
    </message>
    <message>
        <source>table “%1” has columns this version does not know</source>
        <translation>表“%1”包含此版本不认识的列</translation>
    </message>
    <message>
        <source>cannot read table “%1”: %2</source>
        <translation>无法读取表“%1”：%2</translation>
    </message>
    <message>
        <source>table “%1” must have exactly one row</source>
        <translation>表“%1”必须恰好有一行</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选技术</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估标准</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>SLA tiers</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>SLA tier</source>
        <translation>SLA 等级</translation>
    </message>
    <message>
        <source>Tier weights</source>
        <translation>等级权重</translation>
    </message>
    <message>
        <source>Tier weight</source>
        <translation>等级权重</translation>
    </message>
    <message>
        <source>Must-pass thresholds</source>
        <translation>必须满足的阈值</translation>
    </message>
    <message>
        <source>Must-pass threshold</source>
        <translation>必须满足的阈值</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>成对比较</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>成对比较</translation>
    </message>
    <message>
        <source>Decision rules</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>决策规则</translation>
    </message>
    <message>
        <source>Rule conditions</source>
        <translation>规则条件</translation>
    </message>
    <message>
        <source>Rule condition</source>
        <translation>规则条件</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Workshop ratings</source>
        <translation>研讨会评分</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Bounded contexts</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Bounded context</source>
        <translation>限界上下文</translation>
    </message>
    <message>
        <source>Context relations</source>
        <translation>上下文关系</translation>
    </message>
    <message>
        <source>Context relation</source>
        <translation>上下文关系</translation>
    </message>
    <message>
        <source>FaaS providers</source>
        <translation>FaaS 提供商</translation>
    </message>
    <message>
        <source>FaaS provider</source>
        <translation>FaaS 提供商</translation>
    </message>
    <message>
        <source>Language cost profiles</source>
        <translation>语言成本画像</translation>
    </message>
    <message>
        <source>Language cost profile</source>
        <translation>语言成本画像</translation>
    </message>
    <message>
        <source>TCO scenarios</source>
        <translation>TCO 场景</translation>
    </message>
    <message>
        <source>TCO scenario</source>
        <translation>TCO 场景</translation>
    </message>
    <message>
        <source>Functions per language</source>
        <translation>各语言的函数</translation>
    </message>
    <message>
        <source>Functions of a language</source>
        <translation>某语言的函数</translation>
    </message>
    <message>
        <source>Custom cost lines</source>
        <translation>自定义成本行</translation>
    </message>
    <message>
        <source>Custom cost line</source>
        <translation>自定义成本行</translation>
    </message>
    <message>
        <source>Uncertainty ranges</source>
        <translation>不确定性范围</translation>
    </message>
    <message>
        <source>Uncertainty range</source>
        <translation>不确定性范围</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>API protocols</source>
        <translation>API 协议</translation>
    </message>
    <message>
        <source>API protocol</source>
        <translation>API 协议</translation>
    </message>
    <message>
        <source>Approved protocols</source>
        <translation>已批准的协议</translation>
    </message>
    <message>
        <source>Approved protocol</source>
        <translation>已批准的协议</translation>
    </message>
    <message>
        <source>Fragmentation thresholds</source>
        <translation>碎片化阈值</translation>
    </message>
    <message>
        <source>Fragmentation threshold</source>
        <translation>碎片化阈值</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>Considered options</source>
        <translation>考虑过的选项</translation>
    </message>
    <message>
        <source>Considered option</source>
        <translation>考虑过的选项</translation>
    </message>
    <message>
        <source>Linked elements</source>
        <translation>关联元素</translation>
    </message>
    <message>
        <source>Linked element</source>
        <translation>关联元素</translation>
    </message>
    <message>
        <source>Snapshot figures</source>
        <translation>快照数据</translation>
    </message>
    <message>
        <source>Snapshot figure</source>
        <translation>快照数据</translation>
    </message>
    <message>
        <source>Radar exports</source>
        <translation>雷达导出</translation>
    </message>
    <message>
        <source>Radar entry</source>
        <translation>雷达条目</translation>
    </message>
    <message>
        <source>Voting rounds</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>Voting round</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>轮次分数</translation>
    </message>
    <message>
        <source>Round score</source>
        <translation>轮次分数</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>“%1” · “%2”: “%3”</source>
        <translation>“%1” · “%2”：“%3”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
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
    <name>Tco</name>
    <message>
        <source>provider %1: “%2” in vCPU by memory is not “MB:vCPU”</source>
        <translation>提供商 %1：“按内存分配的 vCPU”中的“%2”不是“MB:vCPU”格式</translation>
    </message>
    <message>
        <source>provider %1 bills vCPU-seconds but lists no vCPU by memory: CPU not priced</source>
        <translation>提供商 %1 按 vCPU-秒计费，但未列出按内存分配的 vCPU：CPU 未定价</translation>
    </message>
    <message>
        <source>Memory per function</source>
        <translation>每个函数的内存</translation>
    </message>
    <message>
        <source>Mean duration of an invocation</source>
        <translation>单次调用的平均时长</translation>
    </message>
    <message>
        <source>Invocations per month of each function</source>
        <translation>每个函数每月的调用次数</translation>
    </message>
    <message>
        <source>Share of invocations that start cold</source>
        <translation>冷启动调用所占比例</translation>
    </message>
    <message>
        <source>Horizon; one-offs are spread over it</source>
        <translation>周期；一次性费用在此期间分摊</translation>
    </message>
    <message>
        <source>Platform overhead at the normalisation point (seed: 12 000)</source>
        <translation>归一化点的平台开销（种子文章：12 000）</translation>
    </message>
    <message>
        <source>Functions at which the base platform cost applies (seed: 50)</source>
        <translation>平台基础成本适用的函数数量（种子文章：50）</translation>
    </message>
    <message>
        <source>CI builds per month</source>
        <translation>每月 CI 构建次数</translation>
    </message>
    <message>
        <source>CI minutes per build</source>
        <translation>每次构建的 CI 分钟数</translation>
    </message>
    <message>
        <source>CI price per build minute</source>
        <translation>CI 每构建分钟价格</translation>
    </message>
    <message>
        <source>Extra CI time per additional language pipeline (seed: 37)</source>
        <translation>每增加一条语言流水线的额外 CI 时间（种子文章：37）</translation>
    </message>
    <message>
        <source>Day rate for the monitoring migration</source>
        <translation>监控迁移的日费率</translation>
    </message>
    <message>
        <source>Provider: price per GB-second</source>
        <translation>提供商：每 GB-秒价格</translation>
    </message>
    <message>
        <source>Provider: price per vCPU-second</source>
        <translation>提供商：每 vCPU-秒价格</translation>
    </message>
    <message>
        <source>Provider: price per million requests</source>
        <translation>提供商：每百万次请求价格</translation>
    </message>
    <message>
        <source>Provider: free GB-seconds per month and account</source>
        <translation>提供商：每账户每月免费 GB-秒</translation>
    </message>
    <message>
        <source>Provider: free vCPU-seconds per month and account</source>
        <translation>提供商：每账户每月免费 vCPU-秒</translation>
    </message>
    <message>
        <source>Provider: free requests per month and account</source>
        <translation>提供商：每账户每月免费请求数</translation>
    </message>
    <message>
        <source>Functions written in %1</source>
        <translation>使用 %1 编写的函数</translation>
    </message>
    <message>
        <source>Platform-overhead factor of %1</source>
        <translation>%1 的平台开销系数</translation>
    </message>
    <message>
        <source>Cold-start mean of %1</source>
        <translation>%1 的冷启动均值</translation>
    </message>
    <message>
        <source>Deployment artifact of %1</source>
        <translation>%1 的部署制品</translation>
    </message>
    <message>
        <source>Cold start per artifact MB of %1</source>
        <translation>%1 每 MB 制品的冷启动</translation>
    </message>
    <message>
        <source>scenario %1 has no provider: compute, requests and cold starts are not priced</source>
        <translation>场景 %1 没有提供商：计算、请求和冷启动均未定价</translation>
    </message>
    <message>
        <source>(%1 GB-s − %2 free) × %3 USD/GB-s</source>
        <translation>(%1 GB-s − %2 免费) × %3 USD/GB-s</translation>
    </message>
    <message>
        <source> + (%1 vCPU-s − %2 free) × %3 USD/vCPU-s</source>
        <translation> + (%1 vCPU-s − %2 免费) × %3 USD/vCPU-s</translation>
    </message>
    <message>
        <source>; memory billed as %1 MB, duration as %2 ms</source>
        <translation>；内存按 %1 MB 计费，时长按 %2 ms 计费</translation>
    </message>
    <message>
        <source>(%1 requests − %2 free) / 1 000 000 × %3 USD</source>
        <translation>(%1 次请求 − %2 免费) / 1 000 000 × %3 USD</translation>
    </message>
    <message>
        <source>%1 USD × %2 × %3 functions / %4%5</source>
        <translation>%1 USD × %2 × %3 个函数 / %4%5</translation>
    </message>
    <message>
        <source> (factor is an estimate)</source>
        <translation> （系数为估计值）</translation>
    </message>
    <message>
        <source>%1&apos;s language factor %2 is an estimate: set it in the language cost profiles</source>
        <translation>%1 的语言系数 %2 是估计值：请在语言成本画像中设置</translation>
    </message>
    <message>
        <source>%1 has no language factor: platform overhead not counted</source>
        <translation>%1 没有语言系数：未计入平台开销</translation>
    </message>
    <message>
        <source>no language factor for %1</source>
        <translation>%1 没有语言系数</translation>
    </message>
    <message>
        <source>12 × %1 invocations/month × %2 ms billed × %3 GB = %4 GB-s/month, %5 % of the account&apos;s %6 GB-s; billable after the free tier × %7 USD/GB-s</source>
        <translation>12 × %1 次调用/月 × %2 ms 计费 × %3 GB = %4 GB-s/月，占账户 %6 GB-s 的 %5 %；扣除免费额度后计费 × %7 USD/GB-s</translation>
    </message>
    <message>
        <source>; plus %1 vCPU × the same seconds × %2 USD/vCPU-s</source>
        <translation>；另加 %1 vCPU × 相同秒数 × %2 USD/vCPU-s</translation>
    </message>
    <message>
        <source>12 × %1 requests/month (%2 % of %3) billable after the free tier × %4 USD per million</source>
        <translation>12 × %1 次请求/月（%3 的 %2 %）扣除免费额度后计费 × 每百万次 %4 USD</translation>
    </message>
    <message>
        <source>%1 does not bill init time</source>
        <translation>%1 不对初始化时间计费</translation>
    </message>
    <message>
        <source>no cold-start figure for %1</source>
        <translation>%1 没有冷启动数据</translation>
    </message>
    <message>
        <source>12 × %1 cold starts/month (%2 %) × %3 ms extra billed × %4 GB = %5 GB-s/month, billable after the free tier × %6 USD/GB-s</source>
        <translation>12 × %1 次冷启动/月（%2 %）× 额外计费 %3 ms × %4 GB = %5 GB-s/月，扣除免费额度后计费 × %6 USD/GB-s</translation>
    </message>
    <message>
        <source>%1 has no cold-start figure: cold starts not counted</source>
        <translation>%1 没有冷启动数据：未计入冷启动</translation>
    </message>
    <message>
        <source>%1 builds × %2 min × %3 USD × 12 × (1 + %4 % × %5 extra pipelines) / %6 languages</source>
        <translation>%1 次构建 × %2 分钟 × %3 USD × 12 × (1 + %4 % × %5 条额外流水线) / %6 种语言</translation>
    </message>
    <message>
        <source>no artifact size for %1</source>
        <translation>%1 没有制品大小</translation>
    </message>
    <message>
        <source>artifact sizes of the languages in use spread %1× (the scenario&apos;s reference: %2×)</source>
        <translation>所用语言的制品大小相差 %1 倍（场景参考值：%2 倍）</translation>
    </message>
    <message>
        <source>%1 USD per year</source>
        <translation>每年 %1 USD</translation>
    </message>
    <message>
        <source>%1 USD per month × 12</source>
        <translation>每月 %1 USD × 12</translation>
    </message>
    <message>
        <source>%1 USD once, over %2 years</source>
        <translation>一次性 %1 USD，分摊到 %2 年</translation>
    </message>
    <message>
        <source>Build pipeline: %1</source>
        <translation>构建流水线：%1</translation>
    </message>
    <message>
        <source>Source repository</source>
        <translation>源代码仓库</translation>
    </message>
    <message>
        <source>Language detection</source>
        <translation>语言检测</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>API 网关</translation>
    </message>
    <message>
        <source>%1 build</source>
        <translation>%1 构建</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 个函数</translation>
    </message>
    <message>
        <source>artifact %1 MB</source>
        <translation>制品 %1 MB</translation>
    </message>
    <message>
        <source>CI %1/year</source>
        <translation>CI %1/年</translation>
    </message>
    <message>
        <source>no functions</source>
        <translation>没有函数</translation>
    </message>
    <message>
        <source>FaaS provider preset: %1</source>
        <translation>FaaS 提供商预设：%1</translation>
    </message>
    <message>
        <source>Apply the provider&apos;s monthly free tier (once per account)</source>
        <translation>计入提供商的每月免费额度（每账户一次）</translation>
    </message>
    <message>
        <source>%1: the value must be a finite number</source>
        <translation>%1：值必须是有限数</translation>
    </message>
    <message>
        <source>%1: %2 is below the smallest allowed value %3</source>
        <translation>%1：%2 小于允许的最小值 %3</translation>
    </message>
    <message>
        <source>memory_mb: %1 is outside 128–32 768 MB</source>
        <translation>memory_mb：%1 超出 128–32 768 MB 的范围</translation>
    </message>
    <message>
        <source>horizon_years: %1 is outside 1–30 years</source>
        <translation>horizon_years：%1 超出 1–30 年的范围</translation>
    </message>
    <message>
        <source>cold_start_pct: %1 is more than 100 %</source>
        <translation>cold_start_pct：%1 超过 100 %</translation>
    </message>
    <message>
        <source>normalisation_functions must be more than 0</source>
        <translation>normalisation_functions 必须大于 0</translation>
    </message>
    <message>
        <source>%1: there is no candidate (language) “%2”</source>
        <translation>%1：没有候选技术（语言）“%2”</translation>
    </message>
    <message>
        <source>%1: the scenario has no functions in %2; set functions.%2 first</source>
        <translation>%1：该场景在 %2 中没有函数；请先设置 functions.%2</translation>
    </message>
    <message>
        <source>provider takes a provider id, not a number</source>
        <translation>provider 需要提供商 ID，而不是数字</translation>
    </message>
    <message>
        <source>%1: the scenario has no provider to set it on</source>
        <translation>%1：该场景没有可设置此项的提供商</translation>
    </message>
    <message>
        <source>unknown parameter “%1” (archboard-cli tco --list-parameters lists them)</source>
        <translation>未知参数“%1”（archboard-cli tco --list-parameters 会列出所有参数）</translation>
    </message>
    <message>
        <source>provider: there is no provider “%1” (the workspace has %2)</source>
        <translation>provider：没有提供商“%1”（工作区中有 %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>free_tier: “%1” is not true or false</source>
        <translation>free_tier：“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>Platform overhead</source>
        <translation>平台开销</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>冷启动</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>Dependency volume</source>
        <translation>依赖体量</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Artifact storage price (where the artifacts are kept)</source>
        <translation>制品存储价格（制品所在之处）</translation>
    </message>
    <message>
        <source>People who migrate monitoring per language (the person-days are per person)</source>
        <translation>每种语言参与监控迁移的人数（人日按人均计）</translation>
    </message>
    <message>
        <source>Monitoring migration of %1, per person</source>
        <translation>%1 的监控迁移（人均）</translation>
    </message>
    <message>
        <source>%1 bills at most %2 MB: the scenario&apos;s %3 MB is billed as %2 MB (the provider caps it)</source>
        <translation>%1 最多按 %2 MB 计费：情景的 %3 MB 按 %2 MB 计费（提供商封顶）</translation>
    </message>
    <message>
        <source>%1 bills at least %2 MB: the scenario&apos;s %3 MB is billed as %2 MB</source>
        <translation>%1 至少按 %2 MB 计费：情景的 %3 MB 按 %2 MB 计费</translation>
    </message>
    <message>
        <source>%1 refuses %2 MB of memory (its largest is %3 MB): the function cannot be created</source>
        <translation>%1 拒绝 %2 MB 内存（其最大为 %3 MB）：无法创建函数</translation>
    </message>
    <message>
        <source>%1 refuses %2 MB of memory (its smallest is %3 MB): the function cannot be created</source>
        <translation>%1 拒绝 %2 MB 内存（其最小为 %3 MB）：无法创建函数</translation>
    </message>
    <message>
        <source>%1 stops an invocation at %2 ms: the scenario&apos;s %3 ms invocations time out and are billed up to %2 ms</source>
        <translation>%1 在 %2 ms 时终止调用：情景中 %3 ms 的调用会超时，并计费至 %2 ms</translation>
    </message>
    <message>
        <source>init: 12 × %1 cold starts/month × (%2 MB × %3 ms/MB = %4 ms billed) × %5 GB = %6 GB-s/month, billable after the free tier × %7 USD/GB-s</source>
        <translation>初始化：12 × 每月 %1 次冷启动 × （%2 MB × %3 ms/MB = 计费 %4 ms）× %5 GB = 每月 %6 GB-s，扣除免费额度后 × %7 USD/GB-s</translation>
    </message>
    <message>
        <source>init: %1 does not bill init time</source>
        <translation>初始化：%1 不对初始化时间计费</translation>
    </message>
    <message>
        <source>%1: no cold start per artifact MB, so the artifact&apos;s effect on cold starts is not counted</source>
        <translation>%1：没有每 MB 制品的冷启动时长，因此未计入制品对冷启动的影响</translation>
    </message>
    <message>
        <source>storage: %1 MB × %2 functions × %3 USD/GB-month × 12 = %4</source>
        <translation>存储：%1 MB × %2 个函数 × %3 USD/GB·月 × 12 = %4</translation>
    </message>
    <message>
        <source>%1 person-days per person × %2 people × %3 USD once, over %4 years</source>
        <translation>人均 %1 人日 × %2 人 × %3 USD，一次性，分摊到 %4 年</translation>
    </message>
    <message>
        <source>%1; compute, requests, cold starts and the artifacts&apos; init time are not priced</source>
        <translation>%1；计算、请求、冷启动及制品初始化时间均未计价</translation>
    </message>
    <message>
        <source>team_size: %1 is outside 0–100 000 people</source>
        <translation>team_size：%1 超出 0–100 000 人</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 runs, seed %2</source>
        <translation>蒙特卡洛，%1 次运行，种子 %2</translation>
    </message>
    <message>
        <source>Custom lines</source>
        <translation>自定义成本行</translation>
    </message>
    <message>
        <source>%1: the scenario has no such input</source>
        <translation>%1：该情景没有此输入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: its saved range %2–%3 moves with the what-if value (×%4)</source>
        <translation>%1：其已保存的范围 %2–%3 随假设值同步变化（×%4）</translation>
    </message>
    <message>
        <source>million USD</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>thousand USD</source>
        <translation>千美元</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
</context>
<context>
    <name>TcoCharts</name>
    <message>
        <source>Annual cost per language — %1: %2 per year</source>
        <translation>各语言的年度成本 — %1：每年 %2</translation>
    </message>
    <message>
        <source>%1 has no functions yet: add some on the TCO scenarios page or with the sliders.</source>
        <translation>%1 尚无函数：请在“TCO 场景”页中或使用滑块添加。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 functions · %3 USD</source>
        <translation>%1&lt;br&gt;%2 个函数 · %3 USD</translation>
    </message>
    <message>
        <source>Shared lines&lt;br&gt;%1 USD</source>
        <translation>共享成本行&lt;br&gt;%1 USD</translation>
    </message>
    <message>
        <source>Shared lines</source>
        <translation>共享成本行</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1/年</translation>
    </message>
    <message>
        <source>No scenarios to compare</source>
        <translation>没有可比较的场景</translation>
    </message>
    <message>
        <source>Total annual cost per scenario, compared with the baseline “%1”</source>
        <translation>各场景的年度总成本，与基线“%1”比较</translation>
    </message>
    <message>
        <source>Total annual cost per scenario (no baseline)</source>
        <translation>各场景的年度总成本（无基线）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>With what-if values (not saved)</source>
        <translation>含假设值（未保存）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Difference to the baseline “%1” (%2): %3%4%5</source>
        <translation>&lt;br&gt;与基线“%1”（%2）的差额：%3%4%5</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> （基线）</translation>
    </message>
    <message>
        <source>shared lines %1</source>
        <translation>共享成本行 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Total annual cost: %3&lt;br&gt;= %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;年度总成本：%3&lt;br&gt;= %4%5</translation>
    </message>
    <message>
        <source> — with what-if values, not saved</source>
        <translation> — 含未保存的假设值</translation>
    </message>
    <message>
        <source>no functions and no cost lines</source>
        <translation>没有函数，也没有成本行</translation>
    </message>
    <message>
        <source>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1)</source>
        <translation>各场景周期内的累计成本（一次性费用计入第 1 年）</translation>
    </message>
    <message>
        <source>No scenarios</source>
        <translation>没有场景</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source> (what-if, not saved)</source>
        <translation> （假设值，未保存）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, end of year %2&lt;br&gt;%3&lt;br&gt;= one-offs %4 (year 1) + %2 × %5 recurring per year</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 年末&lt;br&gt;%3&lt;br&gt;= 一次性费用 %4（第 1 年）+ %2 × 每年经常性费用 %5</translation>
    </message>
    <message>
        <source>Sensitivity: annual total with each input %1 % lower and higher (base %2); largest swing on top</source>
        <translation>敏感性：每个输入降低和升高 %1 % 时的年度合计（基准 %2）；波动最大者在最上方</translation>
    </message>
    <message>
        <source>Sensitivity: no input changes the total (base %1)</source>
        <translation>敏感性：没有任何输入会改变合计（基准 %1）</translation>
    </message>
    <message>
        <source>Input −%1 %</source>
        <translation>输入 −%1 %</translation>
    </message>
    <message>
        <source>Input +%1 %</source>
        <translation>输入 +%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;now %3 %4: total %5&lt;br&gt;−%6 %: %7 %4 → %8 (%9)&lt;br&gt;+%6 %: %10 %4 → %11 (%12)&lt;br&gt;swing %13</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;当前 %3 %4：合计 %5&lt;br&gt;−%6 %：%7 %4 → %8（%9）&lt;br&gt;+%6 %：%10 %4 → %11（%12）&lt;br&gt;波动 %13</translation>
    </message>
    <message>
        <source>Change of the annual total, %1 (0 = %2)</source>
        <translation>年度合计的变化，%1（0 = %2）</translation>
    </message>
    <message>
        <source>Cold start per language: mean ± σ and first byte (%1 % of invocations start cold)</source>
        <translation>各语言的冷启动：均值 ± σ 以及首字节时间（%1 % 的调用为冷启动）</translation>
    </message>
    <message>
        <source>No languages in this scenario</source>
        <translation>此场景中没有语言</translation>
    </message>
    <message>
        <source>&lt;br&gt;(no cold-start figure)</source>
        <translation>&lt;br&gt;（无冷启动数据）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Cold start (mean)</source>
        <translation>冷启动（均值）</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>首字节</translation>
    </message>
    <message>
        <source>cold start %1 ms ± %2 ms (σ)</source>
        <translation>冷启动 %1 ms ± %2 ms（σ）</translation>
    </message>
    <message>
        <source>cold start %1 ms (no σ)</source>
        <translation>冷启动 %1 ms（无 σ）</translation>
    </message>
    <message>
        <source>no cold-start figure in the language profile</source>
        <translation>语言画像中没有冷启动数据</translation>
    </message>
    <message>
        <source>first byte %1 ms</source>
        <translation>首字节 %1 ms</translation>
    </message>
    <message>
        <source>%1 % cold × %2 ms = %3 ms added per invocation on average</source>
        <translation>%1 % 冷启动 × %2 ms = 每次调用平均增加 %3 ms</translation>
    </message>
    <message>
        <source>%1 cold starts per month</source>
        <translation>每月 %1 次冷启动</translation>
    </message>
    <message>
        <source>± σ</source>
        <translation>± σ</translation>
    </message>
    <message>
        <source>Cumulative cost over each scenario&apos;s horizon (one-offs in year 1): %1 of %2 scenarios in colour, the other %3 in grey as “%4”</source>
        <translation>各场景周期内的累计成本（一次性费用计入第 1 年）：%2 个场景中的 %1 个以彩色显示，其余 %3 个以灰色显示为“%4”</translation>
    </message>
    <message>
        <source>Sensitivity: annual total with each input %1 % lower and higher (base %2); the %3 largest of %4 swings, largest on top</source>
        <translation>敏感性：每个输入降低和升高 %1 % 时的年度合计（基准 %2）；%4 个波动中最大的 %3 个，波动最大者在最上方</translation>
    </message>
</context>
<context>
    <name>TechRadarExport</name>
    <message>
        <source>Wrote the tech radar to %1.</source>
        <translation>已将技术雷达写入 %1。</translation>
    </message>
    <message>
        <source>Recorded this export (%1) in the radar history; Edit → Undo removes it.</source>
        <translation>已在雷达历史中记录此次导出（%1）；“编辑 → 撤销”可将其移除。</translation>
    </message>
    <message>
        <source>The export was not recorded in the radar history: %1</source>
        <translation>此次导出未记录到雷达历史中：%1</translation>
    </message>
    <message>
        <source>Zalando tech radar JSON (*.json)</source>
        <translation>Zalando 技术雷达 JSON (*.json)</translation>
    </message>
    <message>
        <source>ThoughtWorks Build Your Own Radar CSV (*.csv)</source>
        <translation>ThoughtWorks 自建雷达（BYOR）CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Tech Radar</source>
        <translation>导出技术雷达</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>GB-s</source>
        <translation>GB-秒</translation>
    </message>
    <message>
        <source>vCPU-s</source>
        <translation>vCPU-秒</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>ms/MB</source>
        <translation>ms/MB</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <source>per function</source>
        <translation>每函数</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>USD/year</source>
        <translation>美元/年</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>个函数</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>USD/GB-month</source>
        <translation>USD/GB-月</translation>
    </message>
    <message>
        <source>USD/person-day</source>
        <translation>USD/人天</translation>
    </message>
    <message>
        <source>semver distance</source>
        <translation>语义化版本差距</translation>
    </message>
    <message>
        <source>runtime versions</source>
        <translation>个运行时版本</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>duplicates row %1: the combination of %2 must be unique</source>
        <translation>与第 %1 行重复：%2 的组合必须唯一</translation>
    </message>
    <message>
        <source>the id “%1” is also used by row %2</source>
        <translation>ID“%1”也被第 %2 行使用</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>refers to an unknown %1 “%2”</source>
        <translation>引用了未知的%1“%2”</translation>
    </message>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the allowed range %3 … %4</source>
        <translation>%1 = %2 超出允许范围 %3 … %4</translation>
    </message>
    <message>
        <source>%1 has no valid value</source>
        <translation>%1 没有有效值</translation>
    </message>
    <message>
        <source>“%1” is not “MB:vCPU” (e.g. “512:0.333”)</source>
        <translation>“%1”不是“MB:vCPU”格式（例如“512:0.333”）</translation>
    </message>
    <message>
        <source>the provider bills vCPU-seconds but lists no vCPU by memory: CPU is not priced</source>
        <translation>该提供商按 vCPU-秒计费，但未列出按内存分配的 vCPU：CPU 未定价</translation>
    </message>
    <message>
        <source>“%1” is not a numeric TCO parameter (archboard-cli tco --list-parameters lists them)</source>
        <translation>“%1”不是数值型 TCO 参数（archboard-cli tco --list-parameters 会列出所有参数）</translation>
    </message>
    <message>
        <source>there is no candidate (language) “%1”</source>
        <translation>没有候选技术（语言）“%1”</translation>
    </message>
    <message>
        <source>scenario “%1” has no functions in “%2”: this range is not used</source>
        <translation>场景“%1”在“%2”中没有函数：此范围未被使用</translation>
    </message>
    <message>
        <source>the high end %1 is below the low end %2</source>
        <translation>上限 %1 低于下限 %2</translation>
    </message>
    <message>
        <source>colour “%1” is not of the form #rrggbb</source>
        <translation>颜色“%1”不是 #rrggbb 格式</translation>
    </message>
    <message>
        <source>the weights of tier “%1” add up to zero</source>
        <translation>等级“%1”的权重之和为零</translation>
    </message>
    <message>
        <source>criterion “%1” is measured, not rated in the workshop; this rating is not used</source>
        <translation>评估标准“%1”是测量得出的，不在研讨会中评分；此评分不会被使用</translation>
    </message>
    <message>
        <source>a must-pass threshold needs &lt;, ≤, ≥ or &gt;</source>
        <translation>必须满足的阈值需要 &lt;、≤、≥ 或 &gt;</translation>
    </message>
    <message>
        <source>a criterion is not compared with itself</source>
        <translation>评估标准不能与自身比较</translation>
    </message>
    <message>
        <source>“%1” and “%2” are already compared the other way round</source>
        <translation>“%1”与“%2”已经以相反方向比较过</translation>
    </message>
    <message>
        <source>“%1” compares a number, but the value “%2” is not one</source>
        <translation>“%1”比较的是数字，但值“%2”不是数字</translation>
    </message>
    <message>
        <source>“contains” does not apply to a number</source>
        <translation>“包含”不适用于数字</translation>
    </message>
    <message>
        <source>“%1” is not a number; use =, ≠, contains or does not contain</source>
        <translation>“%1”不是数字；请使用 =、≠、包含或不包含</translation>
    </message>
    <message>
        <source>refers to an unknown SLA tier “%1”</source>
        <translation>引用了未知的 SLA 等级“%1”</translation>
    </message>
    <message>
        <source>refers to an unknown candidate “%1”</source>
        <translation>引用了未知的候选技术“%1”</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>never applies: the earlier rule “%1” has no conditions and always fires</source>
        <translation>永远不会生效：之前的规则“%1”没有条件，总是触发</translation>
    </message>
    <message>
        <source>a context cannot be upstream of itself</source>
        <translation>上下文不能是自身的上游</translation>
    </message>
    <message>
        <source>%1 scenarios are marked as baseline; deltas use the first</source>
        <translation>有 %1 个场景被标记为基线；差额以第一个为准</translation>
    </message>
    <message>
        <source>limits must not increase from healthy to warning to high (higher is better)</source>
        <translation>各上限从健康到警告再到高风险不得递增（越高越好）</translation>
    </message>
    <message>
        <source>limits must not decrease from healthy to warning to high (lower is better)</source>
        <translation>各上限从健康到警告再到高风险不得递减（越低越好）</translation>
    </message>
    <message>
        <source>number %1 is also used by row %2</source>
        <translation>编号 %1 也被第 %2 行使用</translation>
    </message>
    <message>
        <source>superseded, but the record that supersedes it is not named</source>
        <translation>已被取代，但未指明取代它的记录</translation>
    </message>
    <message>
        <source>names a superseding record but its status is not “superseded”</source>
        <translation>指明了取代它的记录，但其状态不是“已被取代”</translation>
    </message>
    <message>
        <source>a record cannot supersede itself</source>
        <translation>记录不能取代自身</translation>
    </message>
    <message>
        <source>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider bills it as %5 MB, and so does the cost model</source>
        <translation>%1 MB 超出 %2 的限制（%3–%4 MB）：提供商按 %5 MB 计费，成本模型也如此</translation>
    </message>
    <message>
        <source>%1 MB is outside %2&apos;s limits (%3–%4 MB): the provider refuses it, so the cost model prices no compute, requests or cold starts</source>
        <translation>%1 MB 超出 %2 的限制（%3–%4 MB）：提供商拒绝该配置，因此成本模型不对计算、请求和冷启动计价</translation>
    </message>
    <message>
        <source>%1 ms is beyond %2&apos;s timeout of %3 ms: invocations are stopped and billed up to the timeout</source>
        <translation>%1 ms 超过 %2 的超时上限 %3 ms：调用会被终止并计费至超时</translation>
    </message>
    <message>
        <source>a distribution needs a value, a low and a high: not used for win probabilities</source>
        <translation>分布需要值、下限和上限：不用于胜出概率</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>pre-release</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>build metadata</source>
        <translation>构建元数据</translation>
    </message>
    <message>
        <source>empty %1</source>
        <translation>空的%1</translation>
    </message>
    <message>
        <source>empty identifier in %1 %2</source>
        <translation>%1 %2 中有空标识符</translation>
    </message>
    <message>
        <source>%1 in %2 %3: only letters, digits and &apos;-&apos; are allowed</source>
        <translation>%2 %3 中的 %1：只允许字母、数字和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>numeric pre-release identifier %1 has a leading zero</source>
        <translation>数字型预发布标识符 %1 有前导零</translation>
    </message>
    <message>
        <source>Go module versions start with &apos;v&apos; (v1.2.3)</source>
        <translation>Go 模块版本以 &apos;v&apos; 开头（v1.2.3）</translation>
    </message>
    <message>
        <source>expected a number at %1 in %2</source>
        <translation>%2 中的 %1 处应为数字</translation>
    </message>
    <message>
        <source>expected a number at the end of %1</source>
        <translation>%1 末尾应为数字</translation>
    </message>
    <message>
        <source>%1 has a leading zero</source>
        <translation>%1 有前导零</translation>
    </message>
    <message>
        <source>number %1 is too large (more than %2)</source>
        <translation>数字 %1 过大（超过 %2）</translation>
    </message>
    <message>
        <source>expected MAJOR.MINOR.PATCH, got %1</source>
        <translation>应为 MAJOR.MINOR.PATCH，实际为 %1</translation>
    </message>
    <message>
        <source>unexpected %1 in %2</source>
        <translation>%2 中出现意外的 %1</translation>
    </message>
    <message>
        <source>build metadata %1 is not allowed in a Go module version (only +incompatible)</source>
        <translation>Go 模块版本中不允许构建元数据 %1（只允许 +incompatible）</translation>
    </message>
    <message>
        <source>+incompatible is only allowed from major version 2 on</source>
        <translation>+incompatible 只允许用于主版本 2 及以上</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>数字 %1 过大</translation>
    </message>
    <message>
        <source>no number in %1 (%2)</source>
        <translation>%1 中没有数字（%2）</translation>
    </message>
    <message>
        <source>a Maven version has no spaces or control characters: %1</source>
        <translation>Maven 版本不含空格或控制字符：%1</translation>
    </message>
    <message>
        <source>%1 belongs to a version range, not a version: %2</source>
        <translation>%1 属于版本范围，而不是版本：%2</translation>
    </message>
    <message>
        <source>unresolved property in %1</source>
        <translation>%1 中有未解析的属性</translation>
    </message>
    <message>
        <source>a Maven version needs a letter or a digit: %1</source>
        <translation>Maven 版本需要包含字母或数字：%1</translation>
    </message>
    <message>
        <source>expected a release number in %1</source>
        <translation>%1 中应为发布号</translation>
    </message>
    <message>
        <source>epoch %1 is too large</source>
        <translation>纪元 %1 过大</translation>
    </message>
    <message>
        <source>expected a release number after the epoch in %1</source>
        <translation>%1 中纪元之后应为发布号</translation>
    </message>
    <message>
        <source>malformed local version label in %1</source>
        <translation>%1 中的本地版本标签格式错误</translation>
    </message>
    <message>
        <source>unexpected %1 in %2 (PEP 440: [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local])</source>
        <translation>%2 中出现意外的 %1（PEP 440：[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]）</translation>
    </message>
    <message>
        <source>workspace protocol</source>
        <translation>workspace 协议</translation>
    </message>
    <message>
        <source>local file dependency</source>
        <translation>本地文件依赖</translation>
    </message>
    <message>
        <source>link protocol (local folder)</source>
        <translation>link 协议（本地文件夹）</translation>
    </message>
    <message>
        <source>portal protocol (local folder)</source>
        <translation>portal 协议（本地文件夹）</translation>
    </message>
    <message>
        <source>patch protocol (patched package)</source>
        <translation>patch 协议（打过补丁的包）</translation>
    </message>
    <message>
        <source>git dependency</source>
        <translation>git 依赖</translation>
    </message>
    <message>
        <source>git dependency (%1)</source>
        <translation>git 依赖（%1）</translation>
    </message>
    <message>
        <source>tarball URL</source>
        <translation>tarball URL</translation>
    </message>
    <message>
        <source>direct URL</source>
        <translation>直接 URL</translation>
    </message>
    <message>
        <source>local path</source>
        <translation>本地路径</translation>
    </message>
    <message>
        <source>&apos;@&apos; without a URL</source>
        <translation>&apos;@&apos; 之后没有 URL</translation>
    </message>
    <message>
        <source>direct reference (%1)</source>
        <translation>直接引用（%1）</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>npm: alias without a package name</source>
        <translation>npm: 别名缺少包名</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>%1 的别名</translation>
    </message>
    <message>
        <source>pnpm catalog</source>
        <translation>pnpm catalog</translation>
    </message>
    <message>
        <source>JSR package</source>
        <translation>JSR 包</translation>
    </message>
    <message>
        <source>exec protocol (generated package)</source>
        <translation>exec 协议（生成的包）</translation>
    </message>
    <message>
        <source>missing version in %1</source>
        <translation>%1 中缺少版本</translation>
    </message>
    <message>
        <source>expected a number after &apos;.&apos; in %1</source>
        <translation>%1 中 &apos;.&apos; 之后应为数字</translation>
    </message>
    <message>
        <source>a number after a wildcard in %1</source>
        <translation>%1 中通配符之后出现数字</translation>
    </message>
    <message>
        <source>expected a number, &apos;x&apos; or &apos;*&apos; at %1 in %2</source>
        <translation>%2 中的 %1 处应为数字、&apos;x&apos; 或 &apos;*&apos;</translation>
    </message>
    <message>
        <source>too many parts in %1 (MAJOR.MINOR.PATCH)</source>
        <translation>%1 中的部分过多（MAJOR.MINOR.PATCH）</translation>
    </message>
    <message>
        <source>%1 without a version</source>
        <translation>%1 没有版本</translation>
    </message>
    <message>
        <source>unexpected operator in %1</source>
        <translation>%1 中出现意外的运算符</translation>
    </message>
    <message>
        <source>git dependency (GitHub shorthand)</source>
        <translation>git 依赖（GitHub 简写）</translation>
    </message>
    <message>
        <source>dist-tag latest</source>
        <translation>dist-tag latest</translation>
    </message>
    <message>
        <source>dist-tag %1</source>
        <translation>dist-tag %1</translation>
    </message>
    <message>
        <source>not an npm range: %1</source>
        <translation>不是 npm 版本范围：%1</translation>
    </message>
    <message>
        <source>empty requirement between commas in %1</source>
        <translation>%1 中逗号之间的要求为空</translation>
    </message>
    <message>
        <source>%1 is not a Cargo requirement (operators: = &gt; &gt;= &lt; &lt;= ~ ^, comma-separated)</source>
        <translation>%1 不是 Cargo 版本要求（运算符：= &gt; &gt;= &lt; &lt;= ~ ^，以逗号分隔）</translation>
    </message>
    <message>
        <source>Cargo requirements are separated by commas: %1</source>
        <translation>Cargo 版本要求以逗号分隔：%1</translation>
    </message>
    <message>
        <source>not a Cargo requirement: %1</source>
        <translation>不是 Cargo 版本要求：%1</translation>
    </message>
    <message>
        <source>a wildcard requirement must stand alone: %1</source>
        <translation>通配符要求必须单独使用：%1</translation>
    </message>
    <message>
        <source>^%1 (Cargo reads a bare version as a caret requirement)</source>
        <translation>^%1（Cargo 将裸版本号视为脱字符要求）</translation>
    </message>
    <message>
        <source>pseudo-version (commit of %1)</source>
        <translation>伪版本（%1 的提交）</translation>
    </message>
    <message>
        <source>Maven meta-version %1 (deprecated)</source>
        <translation>Maven 元版本 %1（已弃用）</translation>
    </message>
    <message>
        <source>soft requirement</source>
        <translation>软要求</translation>
    </message>
    <message>
        <source>unbounded range (no closing &apos;]&apos; or &apos;)&apos;): %1</source>
        <translation>无界范围（没有结束的 &apos;]&apos; 或 &apos;)&apos;）：%1</translation>
    </message>
    <message>
        <source>bad bound in %1: %2</source>
        <translation>%1 中的边界错误：%2</translation>
    </message>
    <message>
        <source>a single version must be surrounded by [ ]: %1</source>
        <translation>单个版本必须用 [ ] 括起来：%1</translation>
    </message>
    <message>
        <source>empty range %1</source>
        <translation>空范围 %1</translation>
    </message>
    <message>
        <source>a range has two bounds: %1</source>
        <translation>范围只有两个边界：%1</translation>
    </message>
    <message>
        <source>range defies version ordering: %1</source>
        <translation>范围与版本顺序相悖：%1</translation>
    </message>
    <message>
        <source>range cannot have identical boundaries: %1</source>
        <translation>范围的两个边界不能相同：%1</translation>
    </message>
    <message>
        <source>ranges overlap: %1</source>
        <translation>范围重叠：%1</translation>
    </message>
    <message>
        <source>only ranges can follow a range: %1 in %2</source>
        <translation>范围之后只能跟范围：%2 中的 %1</translation>
    </message>
    <message>
        <source>&apos;|&apos; without specifiers</source>
        <translation>&apos;|&apos; 之后没有说明符</translation>
    </message>
    <message>
        <source>%1 without a version in %2</source>
        <translation>%2 中的 %1 没有版本</translation>
    </message>
    <message>
        <source>&apos;.*&apos; only follows a release after == or != (%1)</source>
        <translation>&apos;.*&apos; 只能跟在 == 或 != 之后的发布号后面（%1）</translation>
    </message>
    <message>
        <source>&apos;.*&apos; only follows a release number: %1%2</source>
        <translation>&apos;.*&apos; 只能跟在发布号后面：%1%2</translation>
    </message>
    <message>
        <source>bad version in %1: %2</source>
        <translation>%1 中的版本错误：%2</translation>
    </message>
    <message>
        <source>a local version label is only allowed with == and != (%1)</source>
        <translation>本地版本标签只允许与 == 和 != 一起使用（%1）</translation>
    </message>
    <message>
        <source>bare version %1 read as ==%1 (Poetry)</source>
        <translation>裸版本 %1 按 ==%1 读取（Poetry）</translation>
    </message>
    <message>
        <source>~= needs at least two release numbers (~=1.4): %1</source>
        <translation>~= 至少需要两个发布号（~=1.4）：%1</translation>
    </message>
    <message>
        <source>Poetry %1%2: &gt;=%2,&lt;%3</source>
        <translation>Poetry %1%2：&gt;=%2,&lt;%3</translation>
    </message>
    <message>
        <source>alternatives (Poetry ||)</source>
        <translation>备选项（Poetry ||）</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>neither a version nor a range: %1</source>
        <translation>既不是版本也不是范围：%1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>no version requested</source>
        <translation>未要求版本</translation>
    </message>
    <message>
        <source>empty version</source>
        <translation>空版本</translation>
    </message>
    <message>
        <source>a Cargo version is plain MAJOR.MINOR.PATCH, without %1</source>
        <translation>Cargo 版本是纯 MAJOR.MINOR.PATCH 格式，不含 %1</translation>
    </message>
    <message>
        <source>not a version: %1</source>
        <translation>不是版本：%1</translation>
    </message>
    <message>
        <source>matches no version</source>
        <translation>不匹配任何版本</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>no SLA tier “%1”</source>
        <translation>没有 SLA 等级“%1”</translation>
    </message>
    <message>
        <source>the tier has no shortlisted candidates to vote on</source>
        <translation>该等级没有可供投票的入围候选项</translation>
    </message>
    <message>
        <source>the workspace has no rated criteria to vote on</source>
        <translation>工作区没有可供投票的评分型准则</translation>
    </message>
    <message>
        <source>a candidate or criterion is listed twice</source>
        <translation>有候选项或准则被列出了两次</translation>
    </message>
    <message>
        <source>no candidate “%1”</source>
        <translation>没有候选项“%1”</translation>
    </message>
    <message>
        <source>no criterion “%1”</source>
        <translation>没有准则“%1”</translation>
    </message>
    <message>
        <source>criterion “%1” is measured, not rated</source>
        <translation>准则“%1”是测量型，不是评分型</translation>
    </message>
    <message numerus="yes">
        <source>Scored blind in live voting by %n rater(s); among their votes, disputed cells %1, mean spread %2.</source>
        <translation>
            <numerusform>由 %n 位评分人在现场投票中匿名评分；仅就其投票而言，存在分歧的单元格 %1 个，平均分差 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored blind in %1 rounds of live voting by %n rater(s); among their votes, disputed cells %2 → %3, mean spread %4 → %5.</source>
        <translation>
            <numerusform>由 %n 位评分人在 %1 轮现场投票中匿名评分；仅就其投票而言，存在分歧的单元格 %2 → %3，平均分差 %4 → %5。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingJournal</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>the voting journal %1 is in use by another session</source>
        <translation>投票日志 %1 正被另一个会话使用</translation>
    </message>
    <message>
        <source>cannot write the voting journal %1: %2</source>
        <translation>无法写入投票日志 %1：%2</translation>
    </message>
    <message>
        <source>the voting journal %1 is full</source>
        <translation>投票日志 %1 已满</translation>
    </message>
    <message>
        <source>cannot read the voting journal %1: %2</source>
        <translation>无法读取投票日志 %1：%2</translation>
    </message>
    <message>
        <source>the voting journal %1 is too large</source>
        <translation>投票日志 %1 过大</translation>
    </message>
    <message>
        <source>%1, line %2: not a journal entry</source>
        <translation>%1，第 %2 行：不是日志条目</translation>
    </message>
    <message>
        <source>%1: not a voting journal</source>
        <translation>%1：不是投票日志</translation>
    </message>
</context>
<context>
    <name>VotingPage</name>
    <message>
        <source>ArchBoard voting</source>
        <translation>ArchBoard 投票</translation>
    </message>
    <message>
        <source>Join the vote</source>
        <translation>加入投票</translation>
    </message>
    <message>
        <source>Join code (shown on the projector)</source>
        <translation>加入码（显示在投影上）</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>你是谁？</translation>
    </message>
    <message>
        <source>Pick your name, or type a new one:</source>
        <translation>选择你的名字，或输入一个新名字：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting… Your scores are kept on this device.</source>
        <translation>连接已断开，正在重新连接… 你的分数保存在本设备上。</translation>
    </message>
    <message>
        <source>Scoring as %1</source>
        <translation>以 %1 身份评分</translation>
    </message>
    <message>
        <source>SLA tier: %1</source>
        <translation>SLA 等级：%1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>%1 of %2 cells scored</source>
        <translation>已评分 %1 / %2 个单元格</translation>
    </message>
    <message>
        <source>Nobody sees your scores until the facilitator reveals them. 1 = poor, 5 = excellent.</source>
        <translation>在主持人揭晓之前，没有人能看到你的分数。1 = 很差，5 = 优秀。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>Reason (optional, one line)</source>
        <translation>理由（可选，一行）</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Round %1 scores:</source>
        <translation>第 %1 轮分数：</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Scores revealed: look at the projector. The facilitator may open another round.</source>
        <translation>分数已揭晓：请看投影。主持人可能会开始新一轮。</translation>
    </message>
    <message>
        <source>Voting is closed. Thank you!</source>
        <translation>投票已结束。谢谢！</translation>
    </message>
    <message>
        <source>This name is in use on another device. Wait here until the facilitator approves this device.</source>
        <translation>此名字正在另一台设备上使用。请在此等待，直到主持人批准本设备。</translation>
    </message>
    <message>
        <source>The facilitator let another device take over this name. This page no longer scores.</source>
        <translation>主持人已允许另一台设备接管此名字。本页面不再评分。</translation>
    </message>
    <message>
        <source>That join code is not right.</source>
        <translation>加入码不正确。</translation>
    </message>
    <message>
        <source>Too many wrong codes: wait a minute, then try again.</source>
        <translation>错误的加入码次数过多：请等一分钟后再试。</translation>
    </message>
    <message>
        <source>This round is closed.</source>
        <translation>本轮已结束。</translation>
    </message>
    <message>
        <source>Too many scores at once: they are sent again in a moment.</source>
        <translation>同时发送的分数过多：稍后会自动重发。</translation>
    </message>
    <message>
        <source>Use a name of 1 to 60 characters without control characters.</source>
        <translation>请使用 1 到 60 个字符且不含控制字符的名字。</translation>
    </message>
    <message>
        <source>This vote has no room for more raters.</source>
        <translation>本次投票已无法容纳更多评分人。</translation>
    </message>
    <message>
        <source>The server refused a message: %1</source>
        <translation>服务器拒绝了一条消息：%1</translation>
    </message>
</context>
<context>
    <name>VotingServer</name>
    <message>
        <source>%1: the voting journal is incomplete</source>
        <translation>%1：投票日志不完整</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable TLS backend (%1)</source>
        <translation>TLS 不可用：Qt 找不到可用的 TLS 后端（%1）</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Reveal this round before opening the next one.</source>
        <translation>请先揭晓本轮，再开始下一轮。</translation>
    </message>
    <message>
        <source>Nobody is waiting to take over “%1”.</source>
        <translation>没有人在等待接管“%1”。</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>Preparing the report: rendering diagrams…</source>
        <translation>正在准备报告：正在渲染图表…</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>report.html</source>
        <translation>report.html</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1 — workshop report</source>
        <translation>%1 — 研讨会报告</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>报告已发送到打印机。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Exporting the report to %1…</source>
        <translation>正在将报告导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：第 %2 / %3</translation>
    </message>
</context>
<context>
    <name>WorkspaceDiff</name>
    <message numerus="yes">
        <source>… and %n more in the details below</source>
        <translation>
            <numerusform>… 另有 %n 项，见下方详情</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; run `archboard-cli diff` for the complete list.</source>
        <translation>
            <numerusform>… 另有 %n 项；运行 `archboard-cli diff` 查看完整列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>胜出者</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Before, per year</source>
        <translation>之前，每年</translation>
    </message>
    <message>
        <source>After, per year</source>
        <translation>之后，每年</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 finding(s) appeared, %2 resolved, %3 reworded</source>
        <translation>新出现 %1 个发现项，已解决 %2 个，措辞变化 %3 个</translation>
    </message>
    <message>
        <source>Context map</source>
        <translation>上下文映射</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>Model changes (%1)</source>
        <translation>模型变更（%1）</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>TCO lines that moved</source>
        <translation>变化的 TCO 成本项</translation>
    </message>
    <message>
        <source>appeared: %1</source>
        <translation>新出现：%1</translation>
    </message>
    <message>
        <source>resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>reworded: %1 (was %2)</source>
        <translation>措辞变化：%1（原为 %2）</translation>
    </message>
    <message>
        <source>Context-map findings</source>
        <translation>上下文映射发现项</translation>
    </message>
    <message>
        <source>No model changes.</source>
        <translation>模型无变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n model change(s)</source>
        <translation>
            <numerusform>%n 项模型变更</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>新增 %1，删除 %2，修改 %3</translation>
    </message>
    <message numerus="yes">
        <source>winner changed in %n tier(s)</source>
        <translation>
            <numerusform>%n 个等级的胜出者已变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rankings moved in %n tier(s)</source>
        <translation>
            <numerusform>%n 个等级的排名有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TCO moved in %n scenario(s), most %1 per year (%2)</source>
        <translation>
            <numerusform>%n 个场景的 TCO 有变化，最大为每年 %1（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n TCO scenario(s) added or removed</source>
        <translation>
            <numerusform>新增或删除了 %n 个 TCO 场景</numerusform>
        </translation>
    </message>
    <message>
        <source>context map: %1 finding(s) appeared, %2 resolved</source>
        <translation>上下文映射：新出现 %1 个发现项，已解决 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n fragmentation risk level(s) changed</source>
        <translation>
            <numerusform>%n 个碎片化风险等级有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fragmentation metric(s) moved</source>
        <translation>
            <numerusform>%n 个碎片化指标有变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision record(s) stale or superseded</source>
        <translation>
            <numerusform>%n 条决策记录过时或被取代</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing %1 → %2</source>
        <translation>比较 %1 → %2</translation>
    </message>
    <message>
        <source>Model changes</source>
        <translation>模型变更</translation>
    </message>
    <message>
        <source>Consequences: none of the engines&apos; results moved.</source>
        <translation>后果：各引擎的结果均未变化。</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选型</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>原为：%1</translation>
    </message>
    <message>
        <source>*(empty)*</source>
        <translation>*（空）*</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>fragile</source>
        <translation>脆弱</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>none (every candidate knocked out)</source>
        <translation>无（所有候选技术均被淘汰）</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 已新增：%2</translation>
    </message>
    <message>
        <source>%1 removed: %2</source>
        <translation>%1 已删除：%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 moved: position %2 → %3</source>
        <translation>%1 已移动：位置 %2 → %3</translation>
    </message>
    <message>
        <source>%1: new tier, winner %2</source>
        <translation>%1：新等级，胜出者 %2</translation>
    </message>
    <message>
        <source>%1: tier removed (winner was %2)</source>
        <translation>%1：等级已删除（原胜出者 %2）</translation>
    </message>
    <message>
        <source>%1: winner %2 → %3</source>
        <translation>%1：胜出者 %2 → %3</translation>
    </message>
    <message>
        <source>%1: winner %2 (unchanged), ranking moved</source>
        <translation>%1：胜出者 %2（未变），排名有变化</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(knocked out)</source>
        <translation>（已淘汰）</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>%1 left the ranking (was %2., %3 %)</source>
        <translation>%1 已退出排名（原为第 %2 名，%3 %）</translation>
    </message>
    <message numerus="yes">
        <source>%1: new scenario, %2 per year, %3 over %n year(s)</source>
        <translation>
            <numerusform>%1：新场景，每年 %2，%n 年合计 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: scenario removed (was %2 per year, %3 over %n year(s))</source>
        <translation>
            <numerusform>%1：场景已删除（原为每年 %2，%n 年合计 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3 per year (%4)</source>
        <translation>%1：每年 %2 → %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 over %n year(s) (%3)</source>
        <translation>
            <numerusform>%n 年合计 %1 → %2（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2 years → %3 over %4 years</source>
        <translation>%2 年合计 %1 → %4 年合计 %3</translation>
    </message>
    <message>
        <source>shared · %1</source>
        <translation>共享 · %1</translation>
    </message>
    <message>
        <source>Protocol consistency: %1 → %2 (%3 of %4 integrations conform → %5 of %6)</source>
        <translation>协议一致性：%1 → %2（%4 个集成中 %3 个合规 → %6 个中 %5 个）</translation>
    </message>
    <message>
        <source>risk %1 → %2</source>
        <translation>风险 %1 → %2</translation>
    </message>
    <message>
        <source>risk %1 (unchanged)</source>
        <translation>风险 %1（未变）</translation>
    </message>
    <message>
        <source>%1: now superseded</source>
        <translation>%1：现已被取代</translation>
    </message>
    <message>
        <source>%1: now superseded by %2</source>
        <translation>%1：现已被 %2 取代</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n frozen figure(s) no longer match the model</source>
        <translation>
            <numerusform>%1：%n 项冻结数据与模型不再一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was %2, now %3</source>
        <translation>%1 原为 %2，现为 %3</translation>
    </message>
    <message>
        <source>%1 was %2 and no longer exists</source>
        <translation>%1 原为 %2，现已不存在</translation>
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
        <source>uncontested</source>
        <translation>无竞争</translation>
    </message>
    <message>
        <source>(was rank %1, %2 %, knocked out)</source>
        <translation>（原为第 %1 名，%2 %，已淘汰）</translation>
    </message>
    <message>
        <source>(was rank %1, %2 %)</source>
        <translation>（原为第 %1 名，%2 %）</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>这是文件夹，而不是工作区文件</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace (expected *.archboard or *.archboard.yaml)</source>
        <translation>不是 ArchBoard 工作区（应为 *.archboard 或 *.archboard.yaml）</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .archboard or .archboard.yaml</source>
        <translation>%1：请选择以 .archboard 或 .archboard.yaml 结尾的名称</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>the file is open in %1</source>
        <translation>该文件已在 %1 中打开</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>该文件夹不可写</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1, process %2 on host “%3”</source>
        <translation>%1，主机“%3”上的进程 %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceMerge</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: ours %2, theirs %3 (base %4); kept ours</source>
        <translation>%1：我方 %2，对方 %3（共同祖先 %4）；保留我方</translation>
    </message>
    <message>
        <source>%1: added on both sides, ours %2, theirs %3; kept ours</source>
        <translation>%1：双方均有新增，我方 %2，对方 %3；保留我方</translation>
    </message>
    <message>
        <source>%1: changed in ours, removed in theirs; kept ours</source>
        <translation>%1：我方已修改，对方已删除；保留我方</translation>
    </message>
    <message>
        <source>%1: removed in ours, changed in theirs; kept theirs</source>
        <translation>%1：我方已删除，对方已修改；保留对方</translation>
    </message>
    <message>
        <source>%1: both sides reordered the rows; kept ours&apos; order</source>
        <translation>%1：双方都调整了行的顺序；保留我方顺序</translation>
    </message>
    <message>
        <source>%1: %2 (after combining both sides)</source>
        <translation>%1：%2（合并双方之后）</translation>
    </message>
</context>
<context>
    <name>WorkspaceSource</name>
    <message>
        <source>cannot run git: %1</source>
        <translation>无法运行 git：%1</translation>
    </message>
    <message>
        <source>git did not finish within %1 s</source>
        <translation>git 未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>the file is too large (more than %1 MB)</source>
        <translation>文件过大（超过 %1 MB）</translation>
    </message>
    <message>
        <source>git failed (exit code %1)</source>
        <translation>git 执行失败（退出码 %1）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>这是文件夹，而不是工作区文件</translation>
    </message>
    <message>
        <source>“%1” is not a revision</source>
        <translation>“%1”不是修订版本</translation>
    </message>
</context>
<context>
    <name>YamlFormat</name>
    <message>
        <source>the document ends early</source>
        <translation>文档提前结束</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>aliases (*) are not supported in a workspace file</source>
        <translation>工作区文件不支持别名（*）</translation>
    </message>
    <message>
        <source>“archboard” must be the schema version number</source>
        <translation>“archboard”必须是架构版本号</translation>
    </message>
    <message>
        <source>the file was written by a newer ArchBoard (schema version %1; this version reads up to %2)</source>
        <translation>该文件由更新版本的 ArchBoard 写入（架构版本 %1；此版本最多可读取 %2）</translation>
    </message>
    <message>
        <source>schema version %1 is not valid</source>
        <translation>架构版本 %1 无效</translation>
    </message>
    <message>
        <source>unknown key “%1” in %2; known keys: %3</source>
        <translation>%2 中有未知的键“%1”；已知的键：%3</translation>
    </message>
    <message>
        <source>key “%1” appears twice in %2</source>
        <translation>键“%1”在 %2 中出现了两次</translation>
    </message>
    <message>
        <source>the value “%1”</source>
        <translation>值“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>unexpected end of a list</source>
        <translation>列表意外结束</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>the “workspace” section is missing</source>
        <translation>缺少“workspace”部分</translation>
    </message>
    <message>
        <source>unexpected end of a mapping</source>
        <translation>映射意外结束</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: expected a mapping with “archboard:” at the top</source>
        <translation>不是 ArchBoard 工作区：顶层应为包含“archboard:”的映射</translation>
    </message>
    <message>
        <source>expected a section name</source>
        <translation>应为部分名称</translation>
    </message>
    <message>
        <source>expected the fields of “%1” as a mapping</source>
        <translation>“%1”的字段应为映射</translation>
    </message>
    <message>
        <source>expected a list of rows for “%1”</source>
        <translation>“%1”应为行列表</translation>
    </message>
    <message>
        <source>expected a row (a mapping) in “%1”</source>
        <translation>“%1”中应为一行（映射）</translation>
    </message>
    <message>
        <source>expected a key in %1</source>
        <translation>%1 中应为键</translation>
    </message>
    <message>
        <source>expected a single value for “%1” in %2</source>
        <translation>%2 中“%1”应为单个值</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>意外的内容</translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation>%1，却发现 %2</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported in a workspace file</source>
        <translation>工作区文件不支持锚点（&amp;）</translation>
    </message>
    <message>
        <source>tags are not supported in a workspace file</source>
        <translation>工作区文件不支持标签</translation>
    </message>
    <message>
        <source>not an ArchBoard workspace: the first key must be “archboard” (the schema version), found “%1”</source>
        <translation>不是 ArchBoard 工作区：第一个键必须是“archboard”（架构版本），却发现“%1”</translation>
    </message>
    <message>
        <source>unknown section “%1”; known sections: %2</source>
        <translation>未知的部分“%1”；已知的部分：%2</translation>
    </message>
    <message>
        <source>section “%1” appears twice</source>
        <translation>部分“%1”出现了两次</translation>
    </message>
    <message>
        <source>%1 lacks the key “%2”</source>
        <translation>%1 缺少键“%2”</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2：%3</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>需要整数</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>需要数字</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>expected true or false, found “%1”</source>
        <translation>应为 true 或 false，却发现“%1”</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a line break is not allowed here</source>
        <translation>此处不允许换行</translation>
    </message>
    <message>
        <source>ArchBoard YAML</source>
        <translation>ArchBoard YAML</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML 语法：%1</translation>
    </message>
    <message>
        <source>out of memory while reading</source>
        <translation>读取时内存不足</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>文件过大（%1 MB；最多 %2 MB）</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the file ends early: its last line must be “%1” (the file was cut off, or the line was removed by hand)</source>
        <translation>文件提前结束：最后一行必须是“%1”（文件被截断，或该行被手动删除）</translation>
    </message>
    <message>
        <source>the file ends early: the sections %1 are missing (ArchBoard writes every section; the file was cut off)</source>
        <translation>文件提前结束：缺少部分 %1（ArchBoard 会写入所有部分；文件已被截断）</translation>
    </message>
    <message>
        <source>cannot write the workspace: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>cannot write the workspace: the YAML would not be read back (%1)</source>
        <translation>无法写入工作区：该 YAML 将无法被读回（%1）</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>binary data (control character 0x%1)</source>
        <translation>二进制数据（控制字符 0x%1）</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>无效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <source>invalid UTF-8 (truncated character)</source>
        <translation>无效的 UTF-8（字符被截断）</translation>
    </message>
    <message>
        <source>invalid UTF-8 (bad continuation byte)</source>
        <translation>无效的 UTF-8（错误的后续字节）</translation>
    </message>
    <message>
        <source>invalid UTF-8 (bad code point)</source>
        <translation>无效的 UTF-8（错误的码位）</translation>
    </message>
    <message>
        <source>binary data (C1 control character)</source>
        <translation>二进制数据（C1 控制字符）</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>文件过大（%1 MB；最多 %2 MB）</translation>
    </message>
    <message>
        <source>; a YAML workspace is text</source>
        <translation>；YAML 工作区应为文本</translation>
    </message>
    <message>
        <source>a second YAML document starts here; a workspace file holds exactly one</source>
        <translation>第二个 YAML 文档从这里开始；工作区文件只能包含一个文档</translation>
    </message>
    <message>
        <source>content on the document start line is not supported</source>
        <translation>不支持在文档起始行上放置内容</translation>
    </message>
    <message>
        <source>document end marker “...”; a workspace file holds exactly one document without markers</source>
        <translation>文档结束标记“...”；工作区文件只能包含一个不带标记的文档</translation>
    </message>
    <message>
        <source>YAML directives are not supported</source>
        <translation>不支持 YAML 指令</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>anchors (&amp;) are not supported in a workspace file</source>
        <translation>工作区文件不支持锚点（&amp;）</translation>
    </message>
    <message>
        <source>aliases (*) are not supported in a workspace file</source>
        <translation>工作区文件不支持别名（*）</translation>
    </message>
    <message>
        <source>tags (!) are not supported in a workspace file</source>
        <translation>工作区文件不支持标签（!）</translation>
    </message>
    <message>
        <source>a value cannot start with “%1”; put it in quotes</source>
        <translation>值不能以“%1”开头；请用引号括起来</translation>
    </message>
    <message>
        <source>complex keys (?) are not supported in a workspace file</source>
        <translation>工作区文件不支持复杂键（?）</translation>
    </message>
    <message>
        <source>a block scalar inside brackets is not valid YAML</source>
        <translation>方括号内的块标量不是有效的 YAML</translation>
    </message>
    <message>
        <source>unexpected text after a block scalar indicator</source>
        <translation>块标量指示符之后有意外的文本</translation>
    </message>
    <message>
        <source>a block sequence inside brackets is not valid YAML</source>
        <translation>方括号内的块序列不是有效的 YAML</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>超过 %1 个值</translation>
    </message>
    <message>
        <source>a quoted string starts here and is never closed</source>
        <translation>带引号的字符串从这里开始但从未闭合</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Try “archboard-cli --help”.</source>
        <translation>请尝试“archboard-cli --help”。</translation>
    </message>
    <message>
        <source>sample needs exactly one argument: OUT</source>
        <translation>sample 需要恰好一个参数：OUT</translation>
    </message>
    <message>
        <source>OUT must end in .archboard or .archboard.yaml: %1</source>
        <translation>OUT 必须以 .archboard 或 .archboard.yaml 结尾：%1</translation>
    </message>
    <message>
        <source>convert needs two arguments: IN OUT</source>
        <translation>convert 需要两个参数：IN OUT</translation>
    </message>
    <message>
        <source>validate needs exactly one argument: WS</source>
        <translation>validate 需要恰好一个参数：WS</translation>
    </message>
    <message>
        <source>validate --format must be text or json</source>
        <translation>validate --format 必须为 text 或 json</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>没有发现项</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>report needs exactly one argument: WS</source>
        <translation>report 需要恰好一个参数：WS</translation>
    </message>
    <message>
        <source>report --format must be json or markdown</source>
        <translation>report --format 必须为 json 或 markdown</translation>
    </message>
    <message>
        <source>export needs exactly one argument: WS</source>
        <translation>export 需要恰好一个参数：WS</translation>
    </message>
    <message>
        <source>export --format must be svg, dot, png or pdf</source>
        <translation>export --format 必须为 svg、dot、png 或 pdf</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>import-cml needs two arguments: FILE OUT</source>
        <translation>import-cml 需要两个参数：FILE OUT</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>%1 bounded contexts, %2 relations</source>
        <translation>%1 个限界上下文，%2 条关系</translation>
    </message>
    <message>
        <source>export-cml needs two arguments: WS FILE</source>
        <translation>export-cml 需要两个参数：WS FILE</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Folder for export&apos;s diagrams.</source>
        <translation>export 的图所在文件夹。</translation>
    </message>
    <message>
        <source>scan: exit 1 when a metric reaches this risk level (warning, high, severe).</source>
        <translation>scan：当某个指标达到此风险级别（warning、high、severe）时退出码为 1。</translation>
    </message>
    <message>
        <source>tco: the scenario (id or name); default the baseline.</source>
        <translation>tco：场景（ID 或名称）；默认为基线。</translation>
    </message>
    <message>
        <source>tco: override a parameter for this run (repeatable); nothing is saved.</source>
        <translation>tco：为本次运行覆盖某个参数（可重复）；不会保存任何内容。</translation>
    </message>
    <message>
        <source>tco: list the parameters with units and current values.</source>
        <translation>tco：列出参数及其单位和当前值。</translation>
    </message>
    <message>
        <source>tco: move each input by ± this % (default: the scenario&apos;s, 20).</source>
        <translation>tco：每个输入按 ± 此百分比浮动（默认：场景的设置，20）。</translation>
    </message>
    <message>
        <source>tco: Monte Carlo runs (default: the scenario&apos;s).</source>
        <translation>tco：蒙特卡洛运行次数（默认：场景的设置）。</translation>
    </message>
    <message>
        <source>Arguments of the command</source>
        <translation>命令的参数</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>tco needs exactly one argument: WS</source>
        <translation>tco 需要恰好一个参数：WS</translation>
    </message>
    <message>
        <source>tco --format must be json, table or csv</source>
        <translation>tco --format 必须为 json、table 或 csv</translation>
    </message>
    <message>
        <source>%1 has no TCO scenario</source>
        <translation>%1 没有 TCO 场景</translation>
    </message>
    <message>
        <source>--scenario: there is no scenario “%1” (the workspace has %2)</source>
        <translation>--scenario：没有场景“%1”（工作区中有 %2）</translation>
    </message>
    <message>
        <source>--set %1: expected PARAM=VALUE</source>
        <translation>--set %1：应为 PARAM=VALUE</translation>
    </message>
    <message>
        <source>--%1 %2: expected a number from %3 to %4</source>
        <translation>--%1 %2：应为 %3 到 %4 之间的数字</translation>
    </message>
    <message>
        <source>Parameters of scenario %1 (set with --set NAME=VALUE):</source>
        <translation>场景 %1 的参数（使用 --set NAME=VALUE 设置）：</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>Provider %1, free tier %2, horizon %3 years</source>
        <translation>提供商 %1，免费额度 %2，周期 %3 年</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>Overrides (not saved): %1</source>
        <translation>覆盖值（未保存）：%1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>函数数</translation>
    </message>
    <message>
        <source>Total per year: %1</source>
        <translation>每年合计：%1</translation>
    </message>
    <message>
        <source> (the baseline)</source>
        <translation> （基线）</translation>
    </message>
    <message>
        <source> (%1%2 against the baseline)</source>
        <translation> （相对于基线 %1%2）</translation>
    </message>
    <message>
        <source>Monthly after free tiers: compute %1, requests %2</source>
        <translation>扣除免费额度后每月：计算 %1，请求 %2</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>第 %1 年：%2</translation>
    </message>
    <message>
        <source>Cumulative: %1</source>
        <translation>累计：%1</translation>
    </message>
    <message>
        <source>no input</source>
        <translation>无输入</translation>
    </message>
    <message>
        <source>Cold starts (latency):</source>
        <translation>冷启动（延迟）：</translation>
    </message>
    <message>
        <source>%1: no cold-start figure</source>
        <translation>%1：无冷启动数据</translation>
    </message>
    <message>
        <source>%1: %2 ms ± %3, first byte %4 ms, %5 cold starts/month, +%6 ms per invocation on average</source>
        <translation>%1：%2 ms ± %3，首字节 %4 ms，每月 %5 次冷启动，每次调用平均增加 %6 ms</translation>
    </message>
    <message>
        <source>Sensitivity (each input ±%1 %, largest effect first):</source>
        <translation>敏感性（每个输入 ±%1 %，影响最大者在前）：</translation>
    </message>
    <message>
        <source>scan needs exactly one argument: DIR</source>
        <translation>scan 需要恰好一个参数：DIR</translation>
    </message>
    <message>
        <source>scan --format must be json or table</source>
        <translation>scan --format 必须为 json 或 table</translation>
    </message>
    <message>
        <source>--fail-on must be warning, high or severe</source>
        <translation>--fail-on 必须为 warning、high 或 severe</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1：不是可读取的文件夹</translation>
    </message>
    <message>
        <source>--into must end in .archboard or .archboard.yaml: %1</source>
        <translation>--into 必须以 .archboard 或 .archboard.yaml 结尾：%1</translation>
    </message>
    <message>
        <source>%1: %2 manifests, %3 services, %4 errors, %5 ms</source>
        <translation>%1：%2 个清单文件，%3 个服务，%4 个错误，%5 ms</translation>
    </message>
    <message>
        <source>Mismatched shared dependencies (worst first):</source>
        <translation>不匹配的共享依赖（最差的在前）：</translation>
    </message>
    <message>
        <source>… and more (--format json lists all)</source>
        <translation>… 以及更多（--format json 会列出全部）</translation>
    </message>
    <message>
        <source>Manifests that could not be read:</source>
        <translation>无法读取的清单文件：</translation>
    </message>
    <message>
        <source>Gate failed: a metric is at or above %1.</source>
        <translation>门禁未通过：某个指标达到或超过 %1。</translation>
    </message>
    <message>
        <source>Gate passed (--fail-on %1).</source>
        <translation>门禁通过（--fail-on %1）。</translation>
    </message>
    <message>
        <source>the bundled sample is broken: %1</source>
        <translation>内置示例已损坏：%1</translation>
    </message>
    <message>
        <source>total/year</source>
        <translation>合计/年</translation>
    </message>
    <message>
        <source>diagram %1 left out of the report: %2</source>
        <translation>图 %1 未收入报告：%2</translation>
    </message>
    <message>
        <source>--report must name a .html or .pdf file: %1</source>
        <translation>--report 必须指定 .html 或 .pdf 文件：%1</translation>
    </message>
    <message>
        <source>export needs --diagrams DIR, --madr DIR, --radar FILE or --report FILE</source>
        <translation>export 需要 --diagrams DIR、--madr DIR、--radar FILE 或 --report FILE</translation>
    </message>
    <message>
        <source>--radar FILE must end in .json (Zalando tech radar) or .csv (ThoughtWorks BYOR): %1</source>
        <translation>--radar FILE 必须以 .json（Zalando 技术雷达）或 .csv（ThoughtWorks BYOR）结尾：%1</translation>
    </message>
    <message>
        <source>Recorded the export of %1 in %2.</source>
        <translation>已在 %2 中记录 %1 的导出。</translation>
    </message>
    <message>
        <source>%1 has no decision records</source>
        <translation>%1 中没有决策记录</translation>
    </message>
    <message>
        <source>import-adr needs exactly one argument: DIR</source>
        <translation>import-adr 需要恰好一个参数：DIR</translation>
    </message>
    <message>
        <source>import-adr needs --into WS</source>
        <translation>import-adr 需要 --into WS</translation>
    </message>
    <message>
        <source>WS must end in .archboard or .archboard.yaml: %1</source>
        <translation>WS 必须以 .archboard 或 .archboard.yaml 结尾：%1</translation>
    </message>
    <message>
        <source>%1: no decision records found</source>
        <translation>%1：未找到决策记录</translation>
    </message>
    <message>
        <source>not mapped: %1</source>
        <translation>未映射：%1</translation>
    </message>
    <message>
        <source>%1 records imported into %2</source>
        <translation>已将 %1 条记录导入 %2</translation>
    </message>
    <message>
        <source>decide needs exactly one argument: WS</source>
        <translation>decide 需要恰好一个参数：WS</translation>
    </message>
    <message>
        <source>decide needs --tier ID</source>
        <translation>decide 需要 --tier ID</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD: %1</source>
        <translation>--date 必须为 YYYY-MM-DD 格式：%1</translation>
    </message>
    <message>
        <source>no SLA tier “%1” (tiers: %2)</source>
        <translation>没有 SLA 等级“%1”（现有等级：%2）</translation>
    </message>
    <message>
        <source>%1 %2 (%3 options, %4 links, %5 figures) added to %6</source>
        <translation>已将 %1 %2（%3 个选项、%4 个链接、%5 项数据）添加到 %6</translation>
    </message>
    <message>
        <source>export: the technology radar to FILE (.json Zalando, .csv BYOR).</source>
        <translation>export：将技术雷达写入 FILE（.json 为 Zalando，.csv 为 BYOR）。</translation>
    </message>
    <message>
        <source>export --radar: store the export in the workspace&apos;s radar history.</source>
        <translation>export --radar：将此次导出存入工作区的雷达历史。</translation>
    </message>
    <message>
        <source>Folder for export&apos;s decision records (MADR 4).</source>
        <translation>export 的决策记录所在文件夹（MADR 4）。</translation>
    </message>
    <message>
        <source>decide: the record&apos;s date (YYYY-MM-DD; default today).</source>
        <translation>decide：记录的日期（YYYY-MM-DD；默认为今天）。</translation>
    </message>
    <message>
        <source>export: write the workshop report to this .html or .pdf file.</source>
        <translation>export：将研讨会报告写入此 .html 或 .pdf 文件。</translation>
    </message>
    <message>
        <source>scan: store the services, dependencies and the scan in this workspace (created when missing); import-adr: the workspace to add the records to; decide: save there instead.</source>
        <translation>scan：将服务、依赖和扫描存储到此工作区中（不存在时创建）；import-adr：要添加记录的工作区；decide：改为保存到此工作区。</translation>
    </message>
    <message>
        <source>--adr-tools only goes with export WS --madr DIR</source>
        <translation>--adr-tools 只能与 export WS --madr DIR 一起使用</translation>
    </message>
    <message>
        <source>--record goes with export --radar FILE</source>
        <translation>--record 需与 export --radar FILE 一起使用</translation>
    </message>
    <message>
        <source>export --madr: title on each file&apos;s first line and the YAML metadata in a comment at the end (for adr-tools&apos; toc and log4brains, which do not read front matter).</source>
        <translation>export --madr：每个文件的标题位于第一行，YAML 元数据放在文件末尾的注释中（供 adr-tools 的目录与 log4brains 使用，它们不读取前置元数据）。</translation>
    </message>
    <message>
        <source>  import-adr DIR --into WS
                       read a folder of MADR 2/3/4 or adr-tools records into WS (created when missing);
                       lists what it cannot map; exit 1 when some files could not be read</source>
        <translation>  import-adr DIR --into WS
                       将包含 MADR 2/3/4 或 adr-tools 记录的文件夹读入 WS（不存在时创建）；
                       列出无法映射的内容；有文件无法读取时退出码为 1</translation>
    </message>
    <message>
        <source>  decide WS --tier ID  draft a decision record for an SLA tier from the live analysis and save it in WS
                       (--date YYYY-MM-DD, --into OTHER.archboard to save elsewhere)</source>
        <translation>  decide WS --tier ID  根据实时分析为某个 SLA 等级起草决策记录，并保存到 WS
                       （--date YYYY-MM-DD，--into OTHER.archboard 可保存到其他位置）</translation>
    </message>
    <message>
        <source>  import-cml FILE OUT  a Context Mapper (CML) context map as a new workspace; reports what it cannot map</source>
        <translation>  import-cml FILE OUT  将 Context Mapper（CML）上下文映射导入为新工作区；报告无法映射的内容</translation>
    </message>
    <message>
        <source>  export-cml WS FILE   the workspace&apos;s context map as CML</source>
        <translation>  export-cml WS FILE   将工作区的上下文映射导出为 CML</translation>
    </message>
    <message>
        <source>  export WS --diagrams DIR
                       write every diagram (context map, decision tree, build pipelines, dependency drift) to DIR
                       (--format svg|dot|png|pdf)
  export WS --radar FILE.json|FILE.csv [--record]
                       the technology radar as Zalando tech-radar JSON or ThoughtWorks BYOR CSV, with what moved
                       since the last recorded export; --record stores this export in WS&apos;s radar history
  export WS --report FILE.html|FILE.pdf
                       the workshop report: rankings per tier, sensitivity, context map and findings, TCO
                       scenarios, fragmentation, decision records, with charts and diagrams
  export WS --madr DIR write every decision record to DIR as MADR 4 Markdown (NNNN-title.md)
                       (--adr-tools: title on the first line, metadata at the end, for adr generate toc)</source>
        <translation>  export WS --diagrams DIR
                       将每张图（上下文映射、决策树、构建流水线、依赖漂移）写入 DIR
                       （--format svg|dot|png|pdf）
  export WS --radar FILE.json|FILE.csv [--record]
                       以 Zalando 技术雷达 JSON 或 ThoughtWorks BYOR CSV 格式输出技术雷达，并标出自上次
                       记录的导出以来的变化；--record 将此次导出存入 WS 的雷达历史
  export WS --report FILE.html|FILE.pdf
                       研讨会报告：各等级排名、敏感性、上下文映射与发现项、TCO
                       场景、碎片化、决策记录，附图表和示意图
  export WS --madr DIR 将每条决策记录以 MADR 4 Markdown 格式写入 DIR（NNNN-title.md）
                       （--adr-tools：标题在第一行，元数据在末尾，供 adr generate toc 使用）</translation>
    </message>
    <message>
        <source>ArchBoard headless: the workbench&apos;s engines for scripts and CI.</source>
        <translation>ArchBoard 无界面版：供脚本和 CI 使用的工作台引擎。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 findings, 2 bad input or usage.</source>
        <translation>退出码：0 正常，1 有发现项，2 输入或用法错误。</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 不接受 --%2</translation>
    </message>
    <message>
        <source>  report WS            print the workspace summary (--format json|markdown)</source>
        <translation>  report WS            输出工作区摘要（--format json|markdown）</translation>
    </message>
    <message>
        <source>  sample OUT           write the bundled sample workspace (OUT: *.archboard or *.archboard.yaml)</source>
        <translation>  sample OUT           写出内置示例工作区（OUT：*.archboard 或 *.archboard.yaml）</translation>
    </message>
    <message>
        <source>  convert IN OUT       convert a workspace between *.archboard and *.archboard.yaml</source>
        <translation>  convert IN OUT       在 *.archboard 与 *.archboard.yaml 之间转换工作区</translation>
    </message>
    <message>
        <source>  scan DIR             scan manifests for version drift and other fragmentation metrics (--format json|table,
                       --fail-on warning|high|severe: exit 1 at that risk, --into WS: store the scan)</source>
        <translation>  scan DIR             扫描清单文件，度量版本漂移和其他碎片化指标（--format json|table，
                       --fail-on warning|high|severe：达到该风险时退出码为 1，--into WS：存储扫描）</translation>
    </message>
    <message>
        <source>  tco WS               annual cost of a FaaS scenario (--scenario ID, --set PARAM=VALUE..., --format json|table|csv,
                       --list-parameters, --sensitivity PCT, --runs N, --seed N)</source>
        <translation>  tco WS               FaaS 场景的年度成本（--scenario ID，--set PARAM=VALUE...，--format json|table|csv，
                       --list-parameters，--sensitivity PCT，--runs N，--seed N）</translation>
    </message>
    <message>
        <source>  validate WS          check references, unique keys and value ranges; list the findings</source>
        <translation>  validate WS          检查引用、唯一键和取值范围；列出发现项</translation>
    </message>
    <message>
        <source>Output format: json or markdown for report, text or json for validate, svg, dot, png or pdf for export, text, markdown (a pull-request comment) or json for diff.</source>
        <translation>输出格式：report 为 json 或 markdown，validate 为 text 或 json，export 为 svg、dot、png 或 pdf，diff 为 text、markdown（拉取请求评论）或 json。</translation>
    </message>
    <message>
        <source>diff needs two arguments: OLD NEW</source>
        <translation>diff 需要两个参数：OLD NEW</translation>
    </message>
    <message>
        <source>diff --format must be text, markdown or json</source>
        <translation>diff 的 --format 必须是 text、markdown 或 json</translation>
    </message>
    <message>
        <source>  diff OLD NEW         what changed between two versions (files or git:REV:PATH) and what it means: rankings,
                       TCO, findings, fragmentation, stale records (--format text|markdown|json, --fail-on …)</source>
        <translation>  diff OLD NEW         两个版本（文件或 git:REV:PATH）之间的变化及其含义：排名、
                       TCO、发现项、碎片化、过时的记录（--format text|markdown|json，--fail-on …）</translation>
    </message>
    <message>
        <source>diff: exit 1 only when a condition is met (repeatable, comma-separated): winner (a tier&apos;s winner changed), tco-rise=PCT (a scenario&apos;s annual total rose more than PCT %), risk=LEVEL (a fragmentation metric reached warning, high or severe), findings (a context-map finding appeared), stale (a decision record became stale or superseded).</source>
        <translation>diff：仅在满足条件时以 1 退出（可重复，逗号分隔）：winner（某个等级的胜出者变化）、tco-rise=PCT（某个场景的年度合计上升超过 PCT %）、risk=LEVEL（某个碎片化指标达到 warning、high 或 severe）、findings（出现上下文映射发现项）、stale（某条决策记录过时或被取代）。</translation>
    </message>
    <message>
        <source>Compares two versions of a workspace: the model changes by element and field, then what they mean —
rankings and winners per tier, TCO totals and the lines that moved, context-map findings, fragmentation
risk levels, decision records left stale or superseded.

OLD and NEW are workspace files (*.archboard, *.archboard.yaml) or git:REV:PATH (PATH as it was at
revision REV, relative to the current folder), e.g. git:main:boards/estate.archboard.yaml.

Exit codes: 0 no change, 1 changes, 2 bad input. With --fail-on: 1 when a condition is met, else 0.</source>
        <translation>比较工作区的两个版本：按元素和字段列出模型变更，再说明其含义——
各等级的排名和胜出者、TCO 合计及变化的成本项、上下文映射发现项、碎片化
风险等级、因此过时或被取代的决策记录。

OLD 和 NEW 是工作区文件（*.archboard、*.archboard.yaml）或 git:REV:PATH（PATH 在修订版本 REV 时的内容，
相对于当前文件夹），例如 git:main:boards/estate.archboard.yaml。

退出码：0 无变化，1 有变化，2 输入错误。使用 --fail-on 时：满足条件为 1，否则为 0。</translation>
    </message>
    <message>
        <source>cannot build the workspace database</source>
        <translation>无法生成工作区数据库</translation>
    </message>
    <message>
        <source>MERGE CONFLICTS: archboard-cli merge kept the values listed as kept. Check them, then delete these comment lines.</source>
        <translation>合并冲突：archboard-cli merge 保留了下列标注为保留的值。请检查后删除这些注释行。</translation>
    </message>
    <message>
        <source>merge needs three arguments: BASE OURS THEIRS</source>
        <translation>merge 需要三个参数：BASE OURS THEIRS</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) of theirs merged</source>
        <translation>
            <numerusform>%1：已合并对方的 %n 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>  merge BASE OURS THEIRS [-o OUT]
                       three-way merge by element and field: the git merge driver (exit 1 on conflicts)</source>
        <translation>  merge BASE OURS THEIRS [-o OUT]
                       按元素和字段三方合并：git 合并驱动（有冲突时退出码为 1）</translation>
    </message>
    <message>
        <source>merge: write the merged workspace here instead of over OURS.</source>
        <translation>merge：将合并后的工作区写到此处，而不是覆盖 OURS。</translation>
    </message>
    <message>
        <source>textconv needs exactly one argument: FILE</source>
        <translation>textconv 只需要一个参数：FILE</translation>
    </message>
    <message>
        <source>cannot write to stdout: %1</source>
        <translation>无法写入 stdout：%1</translation>
    </message>
    <message>
        <source>  textconv FILE        the workspace as YAML on stdout, for git diff&apos;s textconv</source>
        <translation>  textconv FILE        将工作区以 YAML 输出到 stdout，供 git diff 的 textconv 使用</translation>
    </message>
    <message>
        <source>Prints the workspace FILE (*.archboard or *.archboard.yaml, or git:REV:PATH) as YAML on stdout,
for git&apos;s diff textconv (docs/git.md). Exit codes: 0 ok, 2 bad input.</source>
        <translation>将工作区 FILE（*.archboard 或 *.archboard.yaml，或 git:REV:PATH）以 YAML 格式输出到 stdout，
供 git diff 的 textconv 使用（docs/git.md）。退出码：0 正常，2 输入错误。</translation>
    </message>
    <message>
        <source>merge: the file&apos;s path in the repository (git&apos;s %P), to name it in messages.</source>
        <translation>merge：文件在仓库中的路径（git 的 %P），用于在消息中指明该文件。</translation>
    </message>
    <message>
        <source>Three-way merge of workspaces by element and field, whatever the YAML line layout: the git merge driver
(docs/git.md). BASE is the common ancestor (git&apos;s %O), OURS our version (%A), THEIRS theirs (%B),
--path the file&apos;s name in the repository (%P).
Changes of THEIRS to BASE are applied to OURS unless OURS changed the same field another way;
such conflicts keep OURS&apos; value, are listed, and the result still opens.

The result goes to OUT, else replaces OURS (as git&apos;s %A expects), in OUT&apos;s format, else in OURS&apos; format.
Exit codes: 0 merged cleanly, 1 conflicts (listed on stderr and, in YAML, as comments in the file), 2 bad input.</source>
        <translation>按元素和字段对工作区进行三方合并，与 YAML 的行布局无关：git 合并驱动
（docs/git.md）。BASE 是共同祖先（git 的 %O），OURS 是我方版本（%A），THEIRS 是对方版本（%B），
--path 是文件在仓库中的名称（%P）。
THEIRS 相对 BASE 的更改会应用到 OURS，除非 OURS 以另一种方式修改了同一字段；
此类冲突保留 OURS 的值并列出，结果仍可打开。

结果写入 OUT，否则替换 OURS（符合 git 的 %A 约定），格式取 OUT 的格式，否则取 OURS 的格式。
退出码：0 合并无冲突，1 有冲突（列在 stderr 中，YAML 文件中也以注释列出），2 输入错误。</translation>
    </message>
    <message>
        <source>tco, rank: the Monte Carlo seed (default: the scenario&apos;s or the workspace&apos;s).</source>
        <translation>tco、rank：蒙特卡洛种子（默认：情景或工作区的设置）。</translation>
    </message>
    <message>
        <source>decide: the SLA tier (id); rank: only this SLA tier.</source>
        <translation>decide：SLA 层级（id）；rank：仅此 SLA 层级。</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>层级 %1：%2</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>wins (± s.e.)</source>
        <translation>胜出（± 标准误）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source> (nearest flip %1 pp)</source>
        <translation>（最近翻转点 %1 个百分点）</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>把握程度：%1</translation>
    </message>
    <message>
        <source>AHP: incomplete, missing %1</source>
        <translation>AHP：不完整，缺少 %1</translation>
    </message>
    <message>
        <source>AHP weights: %1; consistency ratio %2 (%3)</source>
        <translation>AHP 权重：%1；一致性比率 %2（%3）</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>inconsistent: above 0.10</source>
        <translation>不一致：超过 0.10</translation>
    </message>
    <message>
        <source>rank needs exactly one argument: WS</source>
        <translation>rank 需要且只需要一个参数：WS</translation>
    </message>
    <message>
        <source>rank --format must be json or table</source>
        <translation>rank --format 必须是 json 或 table</translation>
    </message>
    <message>
        <source>--tier: there is no SLA tier “%1”</source>
        <translation>--tier：不存在 SLA 层级“%1”</translation>
    </message>
    <message>
        <source>Win probabilities: %1 draws, seed %2, weights ± %3 pp (Dirichlet), %4 rated cells resampled, %5 measurements drawn from their ranges</source>
        <translation>胜出概率：%1 次抽样，种子 %2，权重 ± %3 个百分点（狄利克雷分布），%4 个评分单元格重抽样，%5 个测量值按范围抽样</translation>
    </message>
    <message>
        <source>  rank WS              each tier&apos;s ranking with its win probabilities and AHP weights (--tier ID,
                       --draws N, --seed N, --weight-band PP, --format json|table)</source>
        <translation>  rank WS              各层级的排名及其胜出概率与 AHP 权重（--tier ID、
                       --draws N、--seed N、--weight-band PP、--format json|table）</translation>
    </message>
    <message>
        <source>rank: Monte Carlo draws (default: the workspace&apos;s, 10 000).</source>
        <translation>rank：蒙特卡洛抽样次数（默认：工作区设置，10 000）。</translation>
    </message>
    <message>
        <source>rank: σ of each tier&apos;s largest weight share in percentage points (default: the workspace&apos;s, 5).</source>
        <translation>rank：各层级最大权重份额的 σ，单位为百分点（默认：工作区设置，5）。</translation>
    </message>
    <message>
        <source>cannot write the CSV to the standard output</source>
        <translation>无法将 CSV 写入标准输出</translation>
    </message>
    <message>
        <source>Not deployable: %1</source>
        <translation>无法部署：%1</translation>
    </message>
    <message>
        <source>Provider limit: %1</source>
        <translation>提供商限制：%1</translation>
    </message>
    <message>
        <source>Uncertainty (%1 runs, seed %2, distributions on %3): P10 %4, P50 %5, P90 %6</source>
        <translation>不确定性（%1 次运行，种子 %2，带分布的输入：%3）：P10 %4，P50 %5，P90 %6</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of the spread</source>
        <translation>%1（%2）：占离散度的 %3 %</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>未使用：%1</translation>
    </message>
    <message>
        <source>Commands with more to say: archboard-cli COMMAND --help (diff, merge, textconv, workshop).</source>
        <translation>有更多说明的命令：archboard-cli COMMAND --help（diff、merge、textconv、workshop）。</translation>
    </message>
    <message>
        <source>sample, convert, validate, report, rank, export, import-cml, export-cml, import-adr, decide, scan, tco, diff, merge, textconv or workshop</source>
        <translation>sample、convert、validate、report、rank、export、import-cml、export-cml、import-adr、decide、scan、tco、diff、merge、textconv 或 workshop</translation>
    </message>
    <message>
        <source>Voting is open for the SLA tier “%1”: %2 candidates × %3 criteria = %4 cells.</source>
        <translation>SLA 等级“%1”的投票已开放：%2 个候选项 × %3 条准则 = %4 个单元格。</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>网址：%1</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>加入码：%1</translation>
    </message>
    <message>
        <source>TLS certificate SHA-256: %1</source>
        <translation>TLS 证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>Type reveal, round, approve NAME, status or close (SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close).</source>
        <translation>输入 reveal、round、approve 名字、status 或 close（SIGUSR1 揭晓，SIGUSR2 开始新一轮，SIGINT/SIGTERM 结束）。</translation>
    </message>
    <message>
        <source>Commands: reveal, round, approve NAME, status, close.</source>
        <translation>命令：reveal、round、approve 名字、status、close。</translation>
    </message>
    <message>
        <source>warning: round %1 closes without a reveal; its %2 scores are not written.</source>
        <translation>警告：第 %1 轮未揭晓就结束了；其 %2 个分数未被写入。</translation>
    </message>
    <message>
        <source>Voting closed.</source>
        <translation>投票已结束。</translation>
    </message>
    <message>
        <source>Round %1%2: %3 raters</source>
        <translation>第 %1 轮%2：%3 位评分人</translation>
    </message>
    <message>
        <source> (revealed)</source>
        <translation>（已揭晓）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 cells scored%4</source>
        <translation>%1：已评分 %2 / %3 个单元格%4</translation>
    </message>
    <message>
        <source>, not connected</source>
        <translation>，未连接</translation>
    </message>
    <message>
        <source>%1 asks to join from a second device: “approve %1” lets it take over.</source>
        <translation>%1 请求从第二台设备加入：“approve %1”允许其接管。</translation>
    </message>
    <message>
        <source>%1 joined.</source>
        <translation>%1 已加入。</translation>
    </message>
    <message>
        <source>Round %1 is open: members see round %2&apos;s scores.</source>
        <translation>第 %1 轮已开始：成员可以看到第 %2 轮的分数分布。</translation>
    </message>
    <message>
        <source>Round %1 revealed: nobody has scored yet; nothing written.</source>
        <translation>第 %1 轮已揭晓：还没有人评分；未写入任何内容。</translation>
    </message>
    <message>
        <source>The scores stay in the recovery journal; fix the problem and reveal again.</source>
        <translation>分数保存在恢复日志中；解决问题后请再次揭晓。</translation>
    </message>
    <message>
        <source>Round %1 revealed: %2 scores from %3 raters written to %4.</source>
        <translation>第 %1 轮已揭晓：来自 %3 位评分人的 %2 个分数已写入 %4。</translation>
    </message>
    <message>
        <source>Disputed cells (spread at or above %1): %2</source>
        <translation>存在分歧的单元格（分差不小于 %1）：%2</translation>
    </message>
    <message>
        <source>%1 · %2: spread %3</source>
        <translation>%1 · %2：分差 %3</translation>
    </message>
    <message>
        <source>workshop: the SLA tier to vote on (id).</source>
        <translation>workshop：要投票的 SLA 等级（id）。</translation>
    </message>
    <message>
        <source>workshop: address and port to listen on, e.g. 192.168.1.20:8080 or [::1]:0 (0: any free port). Default: this machine&apos;s LAN address, any free port.</source>
        <translation>workshop：监听的地址和端口，例如 192.168.1.20:8080 或 [::1]:0（0：任意空闲端口）。默认：本机的局域网地址，任意空闲端口。</translation>
    </message>
    <message>
        <source>workshop: HTTPS with a fresh self-signed certificate; its fingerprint is printed.</source>
        <translation>workshop：使用新生成的自签名证书启用 HTTPS；会输出其指纹。</translation>
    </message>
    <message>
        <source>workshop: only these candidates (ids, comma-separated).</source>
        <translation>workshop：只包含这些候选项（id，逗号分隔）。</translation>
    </message>
    <message>
        <source>workshop: only these rated criteria (ids, comma-separated).</source>
        <translation>workshop：只包含这些评分型准则（id，逗号分隔）。</translation>
    </message>
    <message>
        <source>workshop: the page&apos;s language when the browser asks for none ArchBoard has: en or zh_CN.</source>
        <translation>workshop：浏览器请求的语言 ArchBoard 都没有时页面使用的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>workshop: continue the interrupted voting session of WS and this tier.</source>
        <translation>workshop：继续 WS 中该等级被中断的投票会话。</translation>
    </message>
    <message>
        <source>workshop: folder of the recovery journal (default: the recovery folder).</source>
        <translation>workshop：恢复日志所在的文件夹（默认：恢复文件夹）。</translation>
    </message>
    <message>
        <source>workshop needs exactly one argument: WS</source>
        <translation>workshop 只需要一个参数：WS</translation>
    </message>
    <message>
        <source>workshop needs --tier ID</source>
        <translation>workshop 需要 --tier ID</translation>
    </message>
    <message>
        <source>--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:0: %1</source>
        <translation>--listen 必须是 地址:端口，例如 127.0.0.1:8080 或 [::1]:0：%1</translation>
    </message>
    <message>
        <source>--language must be en or zh_CN</source>
        <translation>--language 必须是 en 或 zh_CN</translation>
    </message>
    <message>
        <source>%1: %2; close it there first (the scores are written into the file)</source>
        <translation>%1：%2；请先在那里关闭它（分数会写入该文件）</translation>
    </message>
    <message>
        <source>%1: cannot vote: %2</source>
        <translation>%1：无法投票：%2</translation>
    </message>
    <message>
        <source>%1: no interrupted voting session on the tier “%2” to resume</source>
        <translation>%1：等级“%2”没有可恢复的中断投票会话</translation>
    </message>
    <message>
        <source>Resuming the interrupted voting session (%1).</source>
        <translation>正在恢复中断的投票会话（%1）。</translation>
    </message>
    <message>
        <source>note: an interrupted voting session on this tier exists (%1); --resume continues it.</source>
        <translation>提示：该等级存在一个中断的投票会话（%1）；--resume 可继续。</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>无法设置信号处理</translation>
    </message>
    <message>
        <source>  workshop WS --tier ID [--listen ADDR:PORT] [--tls]
                       live voting: members score the tier blind from a browser; reveal writes the scores
                       into WS. Commands on stdin: reveal, round, approve NAME, status, close; SIGUSR1
                       reveals, SIGUSR2 opens another round, SIGINT/SIGTERM close (--candidates IDS,
                       --criteria IDS, --language en|zh_CN, --resume, --journal-dir DIR)</source>
        <translation>  workshop WS --tier ID [--listen ADDR:PORT] [--tls]
                       现场投票：成员在浏览器中对该等级匿名评分；揭晓时把评分写入 WS。
                       标准输入命令：reveal、round、approve NAME、status、close；SIGUSR1
                       揭晓，SIGUSR2 开启新一轮，SIGINT/SIGTERM 关闭（--candidates IDS、
                       --criteria IDS、--language en|zh_CN、--resume、--journal-dir DIR）</translation>
    </message>
    <message>
        <source>Live voting headless: every board member scores the tier&apos;s cells blind from a browser; the scores are written to WS
on reveal. Standard input takes one command per line: reveal, round (another Delphi round), approve NAME (let a
second device take a name over), status, close. Signals: SIGUSR1 reveals, SIGUSR2 opens another round, SIGINT and
SIGTERM close. An interrupted session is kept in a recovery journal; --resume continues it.</source>
        <translation>无界面现场投票：每位评审成员在浏览器中为该等级的单元格匿名打分；揭晓时分数写入 WS。
标准输入每行一条命令：reveal、round（新一轮德尔菲投票）、approve 名字（允许第二台设备接管该名字）、
status、close。信号：SIGUSR1 揭晓，SIGUSR2 开始新一轮，SIGINT 和 SIGTERM 结束。
中断的会话保存在恢复日志中；--resume 可继续。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 is open in %2: its next save would overwrite this change. Not saved; close it there first, or use --force.</source>
        <translation>%1 已在 %2 中打开：其下次保存会覆盖此修改。未保存；请先在那里关闭，或使用 --force。</translation>
    </message>
    <message>
        <source>Write the workspace even while ArchBoard has it open (ArchBoard then offers to reload it).</source>
        <translation>即使 ArchBoard 已打开该工作区也写入（ArchBoard 随后会提示重新加载）。</translation>
    </message>
    <message>
        <source>--force goes with export --radar FILE --record (the only export that writes the workspace)</source>
        <translation>--force 须与 export --radar FILE --record 一起使用（唯一会写入工作区的导出）</translation>
    </message>
    <message>
        <source>Commands that write a workspace refuse one that ArchBoard has open; --force writes it anyway.</source>
        <translation>写入工作区的命令会拒绝 ArchBoard 已打开的工作区；--force 仍会写入。</translation>
    </message>
    <message>
        <source>Workspace definitions (members decided by them):</source>
        <translation>工作区定义（由它们决定成员）：</translation>
    </message>
    <message>
        <source>members: %1, left out: %2</source>
        <translation>成员：%1，排除：%2</translation>
    </message>
    <message>
        <source>Left out (not workspace members, not counted):</source>
        <translation>已排除（非工作区成员，不计入）：</translation>
    </message>
    <message>
        <source>Findings (range styles, local packages, catalogs):</source>
        <translation>发现（范围写法、本地包、catalog 目录）：</translation>
    </message>
    <message>
        <source>The new workspace&apos;s name (default: “Untitled workspace”).</source>
        <translation>新工作区的名称（默认：“未命名工作区”）。</translation>
    </message>
    <message>
        <source>new needs exactly one argument: OUT</source>
        <translation>new 需要恰好一个参数：OUT</translation>
    </message>
    <message>
        <source>  new OUT              write a new workspace with the reference data only, as File → New: provider prices,
                       language cost profiles, SLA tiers, fragmentation thresholds (--name NAME)</source>
        <translation>  new OUT              写出只含参考数据的新工作区，与“文件 → 新建”相同：提供商价格、
                       语言成本画像、SLA 等级、碎片化阈值（--name NAME）</translation>
    </message>
    <message>
        <source>cannot write the JSON to the standard output</source>
        <translation>无法将 JSON 写到标准输出</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Architecture-decision workbench for review boards.</source>
        <translation>面向架构评审委员会的架构决策工作台。</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace.</source>
        <translation>打开内置示例工作区。</translation>
    </message>
    <message>
        <source>Workspace to open (*.archboard or *.archboard.yaml).</source>
        <translation>要打开的工作区（*.archboard 或 *.archboard.yaml）。</translation>
    </message>
    <message>
        <source>Open the file (or the sample), paint the window once and exit: 0 when both worked, 2 when the file could not be opened. For smoke tests of an installation.</source>
        <translation>打开文件（或示例），绘制一次窗口后退出：两者均成功时返回 0，无法打开文件时返回 2。用于安装后的冒烟测试。</translation>
    </message>
    <message>
        <source>the main window could not be painted</source>
        <translation>无法绘制主窗口</translation>
    </message>
    <message>
        <source>%1: opened, window painted at %2×%3</source>
        <translation>%1：已打开，窗口已按 %2×%3 绘制</translation>
    </message>
</context>
</TS>
