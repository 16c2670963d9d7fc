<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdHocForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+73"/>
        <source>Ad-hoc inject</source>
        <translation>臨時インジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc inject to</source>
        <translation>臨時インジェクトの宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the role is told, then Enter</source>
        <translation>ロールに伝える内容を入力して Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inject text</source>
        <translation>インジェクトの本文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Material with the inject</source>
        <translation>インジェクトに添える資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional material: log lines, an e-mail…</source>
        <translation>任意の資料：ログ行、メールなど…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expect a response and score it</source>
        <translation>対応を期待して採点する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role expected to respond</source>
        <translation>対応すべきロール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected action</source>
        <translation>期待される対応</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response window in minutes</source>
        <translation>対応期限（分）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inject</source>
        <translation>インジェクトを送信</translation>
    </message>
</context>
<context>
    <name>BlastRadiusBox</name>
    <message>
        <location filename="../../warroom/ui/blast_radius.py" line="+154"/>
        <source>Blast radius</source>
        <translation>影響範囲</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services that depend on the affected ones</source>
        <translation>影響を受けたサービスに依存するサービス</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No affected services named yet.</source>
        <translation>影響を受けたサービスはまだ指定されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service catalogue does not hold these services, so what depends on them is unknown (File › Service catalogue…).</source>
        <translation>サービスカタログにこれらのサービスがないため、依存するサービスは不明です（ファイル › サービスカタログ…）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Depend on them directly: {0}</source>
        <translation>直接依存: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them through others: {0}</source>
        <translation>間接的に依存: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the catalogue: {0}</source>
        <translation>カタログにない: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Show the graph: %n dependent service(s)…</source>
        <translation>
            <numerusform>グラフを表示: 依存サービス %n 件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlastRadiusView</name>
    <message>
        <location line="-144"/>
        <source>Blast radius</source>
        <translation>影響範囲</translation>
    </message>
</context>
<context>
    <name>BlastRadiusWindow</name>
    <message>
        <location line="+63"/>
        <source>Blast radius</source>
        <translation>影響範囲</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Affected: {0}</source>
        <translation>影響あり：{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none named</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them directly: {0}</source>
        <translation>直接依存しているもの：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depend on them through others: {0}</source>
        <translation>間接的に依存しているもの：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the catalogue (their dependents are unknown): {0}</source>
        <translation>カタログにない（依存先が不明）：{0}</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../warroom/ui/catalogue.py" line="+45"/>
        <source>Service catalogue</source>
        <translation>サービスカタログ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+30"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>On call</source>
        <translation>オンコール</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. payments-api</source>
        <translation>例：payments-api</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team or person</source>
        <translation>チームまたは担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, pager or rota</source>
        <translation>電話、ポケベル、当番表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On-call contact</source>
        <translation>オンコール連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1</source>
        <translation>例：1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services, separated by commas</source>
        <translation>サービス（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it is built from, separated by commas</source>
        <translation>構成要素（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>オーナー(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;call</source>
        <translation>オンコール(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier</source>
        <translation>ティア(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depends on</source>
        <translation>依存先(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mponents</source>
        <translation>コンポーネント(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save service</source>
        <translation>サービスを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation>新規(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import TOML…</source>
        <translation>TOML をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport TOML…</source>
        <translation>TOML をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>対応策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other systems</source>
        <translation>他のシステム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other systems needing the same fix</source>
        <translation>同じ修正が必要な他のシステム</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Other systems that need the same fix, not done yet (all incidents)</source>
        <translation>同じ修正が必要で未対応の他のシステム（全インシデント）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Saved {0}.</source>
        <translation>{0} を保存しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a service first.</source>
        <translation>先にサービスを選択してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed {0}.</source>
        <translation>{0} を削除しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a catalogue</source>
        <translation>カタログをインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOML files (*.toml)</source>
        <translation>TOML ファイル (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n service(s) imported.</source>
        <translation>
            <numerusform>%n 件のサービスをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the catalogue</source>
        <translation>カタログをエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} に書き込めません：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to {0}.</source>
        <translation>{0} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsDialog</name>
    <message>
        <location filename="../../warroom/ui/channels.py" line="+130"/>
        <source>Channels for status updates</source>
        <translation>状況報告の送信チャネル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none (plain text)</source>
        <translation>なし（平文）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comma-separated addresses</source>
        <translation>カンマ区切りのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the recipient list (Bcc)</source>
        <translation>宛先一覧を隠す（Bcc）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stored in the system keyring; leave empty to keep</source>
        <translation>システムのキーリングに保存されます。変更しない場合は空欄のまま</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set ({0}), kept in the keyring; type a new address to replace it</source>
        <translation>設定済み（{0}）、キーリングに保存。置き換えるには新しいアドレスを入力</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional bearer token, kept in the keyring</source>
        <translation>任意のベアラートークン（キーリングに保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Sender address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Webhook address</source>
        <translation>Webhook のアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook token</source>
        <translation>Webhook のトークン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail (SMTP)</source>
        <translation>メール（SMTP）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook (chat)</source>
        <translation>Webhook（チャット）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location line="-110"/>
        <source>e-mail is not set up</source>
        <translation>メールが設定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the mail server under Channels… first</source>
        <translation>先に「チャネル…」でメールサーバーを設定してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the webhook is not set up</source>
        <translation>Webhook が設定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set its address under Channels… first</source>
        <translation>先に「チャネル…」でアドレスを設定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown channel {0}</source>
        <translation>不明なチャネル {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/checklist.py" line="+35"/>
        <location line="+106"/>
        <source>What we need: {0}</source>
        <translation>必要なもの：{0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>Why: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+106"/>
        <source>What we will do with it: {0}</source>
        <translation>その使い道：{0}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>What comes next: {0}</source>
        <translation>次のステップ：{0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostic checklist</source>
        <translation>診断チェックリスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the selected item, then Enter to tick</source>
        <translation>選択した項目の結果を入力し、Enter でチェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist result</source>
        <translation>チェックリスト項目の結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New checklist item, then Enter</source>
        <translation>新しいチェックリスト項目を入力して Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New checklist item</source>
        <translation>新しいチェックリスト項目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the selected checklist item</source>
        <translation>選択したチェックリスト項目について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as protocol…</source>
        <translation>プロトコルとして保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this checklist as a protocol template for future incidents</source>
        <translation>このチェックリストを今後のインシデント用のプロトコルテンプレートとして保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagnostic protocol</source>
        <translation>診断プロトコル</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an item (arrows, or Ctrl+L from anywhere) to see what it asks for; type its result below and press Enter to tick it.</source>
        <translation>項目を選び（矢印キー／Ctrl+L）、結果を入力して Enter でチェックします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No checklist yet: add items below, or declare with a protocol to start from a tried list of questions.</source>
        <translation>チェックリストはまだありません。下で項目を追加するか、プロトコルを指定してインシデントを宣言すると、実績ある質問リストから始められます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Then: {0}</source>
        <translation>次に：{0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the checklist item first.</source>
        <translation>先にチェックリスト項目を選択してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ticked: {0}</source>
        <translation>チェック済み：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as protocol</source>
        <translation>プロトコルとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new protocol:</source>
        <translation>新しいプロトコルの名前：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved from incident #{0}</source>
        <translation>インシデント #{0} から保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as protocol “{0}”.</source>
        <translation>プロトコル「{0}」として保存しました。</translation>
    </message>
</context>
<context>
    <name>CommunicatorPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/communicator.py" line="+78"/>
        <source>sending failed unexpectedly</source>
        <translation>送信が予期せず失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the details are in {0}</source>
        <translation>詳細は {0} にあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the update is kept; try again</source>
        <translation>状況報告は保存されています。もう一度お試しください</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Audience</source>
        <translation>宛先グループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>社内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executives</source>
        <translation>経営層</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update text</source>
        <translation>状況報告の本文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next update at</source>
        <translation>次回の状況報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final update: service restored, cause report promised</source>
        <translation>最終報告：サービス復旧、原因報告書を約束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final update</source>
        <translation>最終報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the update</source>
        <translation>状況報告の言語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send by</source>
        <translation>送信方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels…</source>
        <translation>チャネル…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected update again</source>
        <translation>選択した状況報告を再送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft from current state</source>
        <translation>現在の状況から下書き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post update  [Ctrl+Enter]</source>
        <translation>状況報告を送信  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still working on it  [Ctrl+Shift+S]</source>
        <translation>対応継続中  [Ctrl+Shift+S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post a short holding update in one step</source>
        <translation>短い中間報告をワンステップで送信</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the recipients will read</source>
        <translation>受信者が読む内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised next</source>
        <translation>次回予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>最終</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Updates sent</source>
        <translation>送信済みの状況報告</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Audience</source>
        <translation>宛先グループ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>本文(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next update at</source>
        <translation>次回の状況報告(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send &amp;by</source>
        <translation>送信方法(&amp;B)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compose an update</source>
        <translation>状況報告を作成</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>What they will read ({0})</source>
        <translation>受信者が読む内容（{0}）</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Recorded; sending by {0}…</source>
        <translation>記録しました。{0} で送信中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded, but NOT sent: {0}</source>
        <translation>記録しましたが、送信されていません：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Select it below to send it again.</source>
        <translation> 下で選択すると再送信できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Posted and sent by {0}. {1}</source>
        <translation>記録し、{0} で送信しました。{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted; {0}</source>
        <translation>記録しました。{0}</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../warroom/ui/conflict.py" line="+62"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} changed {1} after you looked at it.</source>
        <translation>あなたが確認した後に、{0} が {1} を変更しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theirs, at {0}
from seat {1}:
“{2}”</source>
        <translation>相手の変更（{0}、
席 {1}）:
「{2}」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours, not saved yet:
“{0}”</source>
        <translation>あなたの変更（未保存）:
「{0}」</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed by another seat</source>
        <translation>別の席で変更されました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply mine on top</source>
        <translation>自分の変更を上書き適用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep theirs</source>
        <translation>相手の変更を残す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply my change on top of theirs</source>
        <translation>自分の変更を相手の変更の上に適用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the other seat&apos;s change</source>
        <translation>別の席の変更を残す</translation>
    </message>
</context>
<context>
    <name>CountdownLabel</name>
    <message>
        <location filename="../../warroom/ui/incident_bar.py" line="+32"/>
        <source>Countdown to the next promised update</source>
        <translation>次に約束した状況報告までのカウントダウン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No update owed</source>
        <translation>状況報告の予定なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update OVERDUE by {0}</source>
        <translation>状況報告が {0} 遅延</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next update in {0} (at {1})</source>
        <translation>次回の状況報告まで {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../warroom/ui/damage.py" line="+29"/>
        <source>The record is damaged</source>
        <translation>記録が破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is intact…</source>
        <translation>破損していない部分をエクスポート…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export of what is intact</source>
        <translation>破損していない部分のエクスポート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This record is damaged: {0}. It is read-only here: nothing more is written to it. Everything that can still be read is shown below and can be exported.</source>
        <translation>この記録は破損しています：{0}。ここでは読み取り専用で、これ以上書き込まれません。まだ読める内容はすべて下に表示され、エクスポートできます。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../warroom/ui/dashboard.py" line="+96"/>
        <source>Trends across incidents</source>
        <translation>インシデント全体の傾向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>過去 90 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All priorities</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include exercises</source>
        <translation>演習を含める</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the incidents…</source>
        <translation>インシデントを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件のインシデント</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incidents in this period{0}. The trends fill in as incidents are declared and resolved; try “All time” or include the exercises.</source>
        <translation>この期間のインシデントはありません{0}。インシデントが宣言・解決されるにつれて傾向が表示されます。「全期間」を選ぶか、演習を含めてみてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (exercises left out)</source>
        <translation>（演習を除く）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, {1} resolved · mean time to restore {2} · {3} escalated · update promises kept {4}</source>
        <translation>{0}、解決 {1} 件 · 平均復旧時間 {2} · エスカレーション {3} 件 · 状況報告の約束遵守 {4}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to restore by month</source>
        <translation>月別の復旧時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring causes</source>
        <translation>繰り返す原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update promises kept</source>
        <translation>守られた状況報告の約束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: nothing to draw yet for these incidents.</source>
        <translation>{0}：これらのインシデントではまだ描画するデータがありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No affected services recorded.</source>
        <translation>影響を受けたサービスは記録されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1}（{2}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most affected services: {0}</source>
        <translation>最も影響を受けたサービス：{0}</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../warroom/ui/declare_dialog.py" line="+32"/>
        <source>Declare an incident</source>
        <translation>インシデントを宣言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is broken, in the customer&apos;s words</source>
        <translation>何が壊れているか（顧客の言葉で）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident title</source>
        <translation>インシデントのタイトル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What can the customer not do? e.g. the plant cannot release production orders</source>
        <translation>顧客は何ができないのか？ 例：工場が製造指図を発行できない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business impact</source>
        <translation>ビジネスへの影響</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is affected: teams, sites, customers</source>
        <translation>影響を受けるのは誰か：チーム、拠点、顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is affected</source>
        <translation>影響を受ける人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many are affected</source>
        <translation>影響を受ける人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic protocol</source>
        <translation>診断プロトコル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No protocol (add items as you go)</source>
        <translation>プロトコルなし（項目は随時追加）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{0} (%n item(s))</source>
        <translation>
            <numerusform>{0}（%n 項目）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Affected services, separated by commas</source>
        <translation>影響を受けるサービス（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affected services</source>
        <translation>影響を受けるサービス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;name</source>
        <translation>あなたの名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority</source>
        <translation>優先度(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Impact</source>
        <translation>影響(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who</source>
        <translation>誰が(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;many</source>
        <translation>人数(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Services</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol</source>
        <translation>プロトコル(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Declare</source>
        <translation>宣言する</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Examples:</source>
        <translation>例：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status update every {0}.</source>
        <translation>{0} ごとに状況報告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalates to the senior engineers after {0}.</source>
        <translation>{0} 後にシニアエンジニアへエスカレーション。</translation>
    </message>
</context>
<context>
    <name>DiagnosticianPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/diagnostician.py" line="+71"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypothesis</source>
        <translation>仮説</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Explains spec</source>
        <translation>仕様を説明</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+113"/>
        <source>Hypotheses</source>
        <translation>仮説</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>New hypothesis: what could cause this?</source>
        <translation>新しい仮説：何が原因として考えられるか？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New hypothesis</source>
        <translation>新しい仮説</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hypothesis status</source>
        <translation>仮説のステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What proved or disproved it</source>
        <translation>何によって証明または否定されたか</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the status</source>
        <translation>ステータスの理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explains every IS and IS NOT line</source>
        <translation>すべての「該当する」「該当しない」の行を説明できる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the cause against the problem specification before calling it true</source>
        <translation>原因と断定する前に、問題の仕様と照らし合わせて検証する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set status</source>
        <translation>ステータスを設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence about the selected hypothesis</source>
        <translation>選択した仮説の根拠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ For</source>
        <translation>+ 支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− Against</source>
        <translation>− 反証</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work the selected hypothesis</source>
        <translation>選択した仮説を検討</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tests</source>
        <translation>検証対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NONE</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix attempt</source>
        <translation>修正の試み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By</source>
        <translation>担当</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Fix attempts</source>
        <translation>修正の試み</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Fix attempt: what will be changed</source>
        <translation>修正の試み：何を変更するか</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix description</source>
        <translation>修正の説明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypothesis the fix tests</source>
        <translation>修正で検証する仮説</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected result</source>
        <translation>期待される結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback plan</source>
        <translation>切り戻し計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record fix attempt</source>
        <translation>修正の試みを記録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome of the selected fix</source>
        <translation>選択した修正の結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome note</source>
        <translation>結果のメモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcome</source>
        <translation>結果を記録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a fix attempt</source>
        <translation>修正の試みを記録する</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hypotheses and fixes</source>
        <translation>仮説と修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem specification</source>
        <translation>問題の仕様</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer requests</source>
        <translation>顧客への依頼</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expected: {0}</source>
        <translation>期待：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback: {0}</source>
        <translation>切り戻し：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by: {0}</source>
        <translation>承認者：{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— tests no hypothesis —</source>
        <translation>— 検証する仮説なし —</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a hypothesis first.</source>
        <translation>先に仮説を選択してください。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} is now {1}.</source>
        <translation>{0} は現在 {1} です。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Fix attempt recorded.</source>
        <translation>修正の試みを記録しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a fix attempt first.</source>
        <translation>先に修正の試みを選択してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Outcome of “{0}”: {1}.</source>
        <translation>「{0}」の結果: {1}。</translation>
    </message>
</context>
<context>
    <name>ExerciseSeatWindow</name>
    <message>
        <location filename="../../warroom/ui/exercise_window.py" line="+31"/>
        <source>EXERCISE — {0} — {1}</source>
        <translation>演習 — {0} — {1}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../warroom/ui/panels/common.py" line="+89"/>
        <source>Kept {0}&apos;s change.</source>
        <translation>{0} の変更を残しました。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not saved: this record is damaged ({0}); it is read-only.</source>
        <translation>保存されていません：この記録は破損しており（{0}）、読み取り専用です。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>HotWashForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+60"/>
        <source>Hot wash (after the end)</source>
        <translation>ホットウォッシュ（終了後）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: what went well, what to improve</source>
        <translation>{0}：うまくいったこと、改善すべきこと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot-wash notes of the {0}</source>
        <translation>{0} のホットウォッシュのメモ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the hot wash</source>
        <translation>ホットウォッシュを記録</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <location filename="../../warroom/ui/incident_bar.py" line="+21"/>
        <source>T+{0}</source>
        <translation>T+{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated at {0}</source>
        <translation>{0} にエスカレーション済み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ESCALATION DUE since {0}: brief the senior engineers</source>
        <translation>{0} からエスカレーション期限超過：シニアエンジニアに状況を伝えてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation at {0} (in {1})</source>
        <translation>エスカレーション {0}（あと {1}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EXERCISE — not a real incident</source>
        <translation>演習 — 実際のインシデントではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the incident started</source>
        <translation>インシデント発生からの経過時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalation deadline</source>
        <translation>エスカレーション期限</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status: {0}</source>
        <translation>ステータス：{0}</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <location filename="../../warroom/ui/incident_list.py" line="+31"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · exercise</source>
        <translation> · 演習</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>次回の状況報告期限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declared</source>
        <translation>宣言日時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OVERDUE by {0}</source>
        <translation>{0} 遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (in {1})</source>
        <translation>{0}（あと {1}）</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../warroom/ui/panel_names.py" line="+28"/>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../warroom/ui/incident_view.py" line="+152"/>
        <source>Role panels</source>
        <translation>ロール別パネル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist or timeline</source>
        <translation>チェックリストまたはタイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic protocol</source>
        <translation>診断プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (you)</source>
        <translation>（あなた）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Export what is intact</source>
        <translation>破損していない部分をエクスポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete record (*.json);;Markdown report (*.md)</source>
        <translation>完全な記録 (*.json);;Markdown 報告書 (*.md)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting what can be read to {0}…</source>
        <translation>読める部分を {0} にエクスポート中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not export: {0}</source>
        <translation>エクスポートできませんでした：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What could be read is in {0}</source>
        <translation>読めた部分は {0} にあります</translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <location filename="../../warroom/ui/injects.py" line="+46"/>
        <source>EXERCISE — your briefing and injects</source>
        <translation>演習 — あなたのブリーフィングとインジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXERCISE — injects to everyone</source>
        <translation>演習 — 全員へのインジェクト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role&apos;s briefing</source>
        <translation>あなたのロールのブリーフィング</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Briefing: {0}</source>
        <translation>ブリーフィング：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injects for the {0} are read only at the {0}&apos;s seats.</source>
        <translation>{0} 向けのインジェクトは {0} の席でのみ読めます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject</source>
        <translation>インジェクト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injects</source>
        <translation>インジェクト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material that came with the inject</source>
        <translation>インジェクトに添えられた資料</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../../warroom/ui/join_room.py" line="+53"/>
        <source>Join a room</source>
        <translation>ルームに参加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room address</source>
        <translation>ルームのアドレス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room password</source>
        <translation>ルームのパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the system keyring; leave empty if already stored</source>
        <translation>システムのキーリングに保存されます。保存済みなら空欄のまま</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>参加</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That is not a room address. It looks like {0}</source>
        <translation>これはルームのアドレスではありません。{0} のように見えます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A shared room lives on PostgreSQL (postgresql+psycopg://…).</source>
        <translation>共有ルームは PostgreSQL 上にあります（postgresql+psycopg://…）。</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/lead.py" line="+54"/>
        <location line="+11"/>
        <source>Business impact</source>
        <translation>ビジネスへの影響</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What the customer cannot do</source>
        <translation>顧客ができないこと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is affected</source>
        <translation>影響を受ける人</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+264"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>How many are affected</source>
        <translation>影響を受ける人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save impact</source>
        <translation>影響を保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit the impact…</source>
        <translation>影響を編集…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot do</source>
        <translation>できないこと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New priority</source>
        <translation>新しい優先度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the priority changes</source>
        <translation>優先度を変更する理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for the priority change</source>
        <translation>優先度変更の理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change priority</source>
        <translation>優先度を変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New status</source>
        <translation>新しいステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (for resolved: the summary)</source>
        <translation>メモ（解決時は概要）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status note</source>
        <translation>ステータスのメモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority and status</source>
        <translation>優先度とステータス</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Escalate to whom?</source>
        <translation>誰にエスカレーションするか？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escalate to</source>
        <translation>エスカレーション先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis warnings</source>
        <translation>診断に関する警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing for the senior engineers…</source>
        <translation>シニアエンジニア向けブリーフィング…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard problem information, ready to hand over</source>
        <translation>引き継ぎ用の標準的な問題情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On-call state</source>
        <translation>オンコールの状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer to page</source>
        <translation>呼び出すエンジニア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary or backup</source>
        <translation>主担当またはバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>呼び出す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>応答済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On call</source>
        <translation>オンコール</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role roster</source>
        <translation>ロールの担当表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role to hand over</source>
        <translation>引き継ぐロール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed over by</source>
        <translation>引き継ぎ元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken over by (name)</source>
        <translation>引き継ぎ先（名前）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken over by</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over</source>
        <translation>引き継ぐ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No decisions yet. They fill from the scribe&apos;s log: an entry that starts with “d:” (or Ctrl+D at the scribe&apos;s seat) is a decision.</source>
        <translation>決定事項はまだありません。記録係のログから反映されます。「d:」で始まる記録（または記録係の席で Ctrl+D）が決定事項になります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No next steps yet. They fill from the scribe&apos;s log: an entry that starts with “a:” (or Ctrl+Shift+A) is an action.</source>
        <translation>次のステップはまだありません。記録係のログから反映されます。「a:」で始まる記録（または Ctrl+Shift+A）がアクションになります。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} Updates every {1}.</source>
        <translation>{0} {1} ごとに状況報告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalates after {0}.</source>
        <translation>{0} 後にエスカレーション。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The customer cannot: {0}</source>
        <translation>顧客ができないこと：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected: {0} — {1} people</source>
        <translation>影響：{0} — {1} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since: {0}</source>
        <translation>発生：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services: {0}</source>
        <translation>サービス：{0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Escalated at {0}.</source>
        <translation>{0} にエスカレーション済み。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No escalation deadline at this priority.</source>
        <translation>この優先度にはエスカレーション期限がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalation is DUE (since {0}): brief the senior engineers now.</source>
        <translation>エスカレーション期限を過ぎています（{0} から）：今すぐシニアエンジニアに状況を伝えてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation due at {0}.</source>
        <translation>エスカレーション期限：{0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody paged yet.</source>
        <translation>まだ誰も呼び出していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} acknowledged at {1}.</source>
        <translation>{0} が {1} に応答しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reaction from {0} for {1}: page the backup now.</source>
        <translation>{0} から {1} 応答がありません：今すぐバックアップを呼び出してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paged {0} at {1}; waiting {2}.</source>
        <translation>{1} に {0} を呼び出しました。待機 {2}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paged {0}.</source>
        <translation>{0} を呼び出しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Briefing for the senior engineers</source>
        <translation>シニアエンジニア向けブリーフィング</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Business impact saved.</source>
        <translation>ビジネスへの影響を保存しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Priority is now {0}.</source>
        <translation>優先度は {0} になりました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status is now {0}.</source>
        <translation>ステータスは {0} になりました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody holds that role yet; assign it instead.</source>
        <translation>このロールはまだ誰も担当していません。代わりに割り当ててください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} handed over to {1}.</source>
        <translation>{0} を {1} に引き継ぎました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated to {0}.</source>
        <translation>{0} にエスカレーションしました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../warroom/ui/main_window.py" line="+81"/>
        <location line="+496"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>Opening the record…</source>
        <translation>記録を開いています…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Who is in the room</source>
        <translation>ルームにいる人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries waiting to be sent</source>
        <translation>送信待ちの記録</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Record: {0}  ·  this seat: {1}</source>
        <translation>記録：{0}  ·  この席：{1}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incident</source>
        <translation>インシデント(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare an incident…</source>
        <translation>インシデントを宣言(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>インシデント一覧(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo incident</source>
        <translation>デモ用インシデントを読み込む(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exercises (trainer console)…</source>
        <translation>演習（トレーナーコンソール）(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search every incident…</source>
        <translation>すべてのインシデントを検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a room…</source>
        <translation>ルームに参加(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;catalogue…</source>
        <translation>サービスカタログ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name…</source>
        <translation>あなたの名前(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wall display</source>
        <translation>ウォールディスプレイ(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trends across incidents</source>
        <translation>インシデント全体の傾向(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dark palette</source>
        <translation>ダークパレット(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sound when an update is overdue</source>
        <translation>状況報告の遅延時に音を鳴らす(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Blast radius…</source>
        <translation>影響範囲(&amp;B)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to the &amp;checklist</source>
        <translation>チェックリストへ移動(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tick the selected checklist item</source>
        <translation>選択したチェックリスト項目をチェック(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;hypothesis</source>
        <translation>仮説を追加(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the &amp;status</source>
        <translation>ステータスを変更(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose an &amp;update</source>
        <translation>状況報告を作成(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still &amp;working on it (holding update)</source>
        <translation>対応継続中（中間報告）(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the time&amp;line</source>
        <translation>タイムラインを検索(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warroom speaks {0} from the next start. Restart it to switch now.</source>
        <translation>warroom は次回の起動から {0} で表示されます。今すぐ切り替えるには再起動してください。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Incident #{0} cannot be opened: {1}</source>
        <translation>インシデント #{0} を開けません：{1}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Open an incident first: the blast radius is of its services.</source>
        <translation>先にインシデントを開いてください。影響範囲はそのサービスについて表示されます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>Open an incident first.</source>
        <translation>先にインシデントを開いてください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>UPDATE OVERDUE {0} · {1}</source>
        <translation>状況報告 遅延 {0} · {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next update in {0} · {1}</source>
        <translation>次回の状況報告まで {0} · {1}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the status update promised for {0} is overdue</source>
        <translation>{0} に約束した状況報告が遅れています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read the record: {0}. Retrying…</source>
        <translation>記録を読み込めません：{0}。再試行中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record is reachable again.</source>
        <translation>記録に再びアクセスできます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>In the room: {0}</source>
        <translation>ルーム内：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only you</source>
        <translation>あなただけ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  not heard from: {0}</source>
        <translation>  ·  応答なし：{0}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../warroom/ui/name_dialog.py" line="+20"/>
        <location line="+12"/>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your name as the record should show it</source>
        <translation>記録に表示するあなたの名前</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record names the person behind every entry. Your name is kept on this computer; change it under File ▸ Your name.</source>
        <translation>記録にはすべての記入者の名前が残ります。名前はこのコンピューターに保存されます。変更は「ファイル ▸ あなたの名前」から行えます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
</context>
<context>
    <name>OfflineEntries</name>
    <message numerus="yes">
        <location filename="../../warroom/ui/offline.py" line="+125"/>
        <source>Offline since %1: %n entries waiting, sent when the record is back</source>
        <translation>
            <numerusform>%1 からオフライン：%n 件の記録が送信待ちです。記録が復旧したら送信されます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="+12"/>
        <source>Improvement plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement for the plan</source>
        <translation>計画に加える改善</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improvement</source>
        <translation>改善</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner of the improvement</source>
        <translation>改善の担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date of the improvement</source>
        <translation>改善の期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Objective the improvement serves</source>
        <translation>改善が目指す目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the plan</source>
        <translation>計画に追加</translation>
    </message>
</context>
<context>
    <name>PostIncidentPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/postmortem.py" line="+53"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 報告書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report, one file (*.html)</source>
        <translation>HTML 報告書、単一ファイル (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown report (*.md)</source>
        <translation>Markdown 報告書 (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete record, importable (*.json)</source>
        <translation>完全な記録、インポート可能 (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer roadmap (*.html)</source>
        <translation>顧客向けロードマップ (*.html)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the report still lacks</source>
        <translation>報告書にまだ足りないもの</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>e.g. change, capacity</source>
        <translation>例：変更、キャパシティ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root-cause category</source>
        <translation>根本原因のカテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was proven</source>
        <translation>証明の方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Assumptions</source>
        <translation>前提</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Other causes considered</source>
        <translation>検討した他の原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line:  cause — why it was rejected</source>
        <translation>1 行に 1 つ：原因 — 却下した理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save root cause</source>
        <translation>根本原因を保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How proven</source>
        <translation>証明方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternatives</source>
        <translation>代替案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Action</source>
        <translation>対応策</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other systems</source>
        <translation>他のシステム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions</source>
        <translation>対応策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of action</source>
        <translation>対応策の種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done</source>
        <translation>実施内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other systems needing this fix? (or: none)</source>
        <translation>この修正が必要な他のシステムは？（なければ：none）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other systems needing the same fix</source>
        <translation>同じ修正が必要な他のシステム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which other systems need the same fix? Comma-separated, or &apos;none&apos;.</source>
        <translation>同じ修正が必要な他のシステムは？ カンマ区切り、なければ &apos;none&apos;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add action</source>
        <translation>対応策を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status of the selected action</source>
        <translation>選択した対応策のステータス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status</source>
        <translation>ステータスを設定</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export PDF…</source>
        <translation>PDF をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export HTML…</source>
        <translation>HTML をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Markdown…</source>
        <translation>Markdown をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export record (JSON)…</source>
        <translation>記録をエクスポート（JSON）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer roadmap (HTML)…</source>
        <translation>顧客向けロードマップ（HTML）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol, our requests and where we stand, written for the customer</source>
        <translation>プロトコル、こちらからの依頼、現在の状況を顧客向けにまとめたもの</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the report</source>
        <translation>報告書の言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report:</source>
        <translation>報告書の言語:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before the report is final</source>
        <translation>報告書を確定する前に</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrective and preventive actions</source>
        <translation>是正処置と予防処置</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Still missing:</source>
        <translation>まだ足りないもの：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing missing: the report can be called final.</source>
        <translation>不足はありません。報告書を確定できます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Root cause saved.</source>
        <translation>根本原因を保存しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Action added.</source>
        <translation>対応策を追加しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an action first.</source>
        <translation>先に対応策を選択してください。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Exporting to {0}…</source>
        <translation>{0} にエクスポート中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported to {0}</source>
        <translation>{0} にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="-61"/>
        <source>Evaluator: the selected inject&apos;s response</source>
        <translation>評価者：選択したインジェクトへの対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an inject with an expected response.</source>
        <translation>期待される対応があるインジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no rating)</source>
        <translation>（評価なし）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override the outcome</source>
        <translation>結果を上書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the engine&apos;s outcome</source>
        <translation>エンジンの判定を維持</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you saw</source>
        <translation>観察したこと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluator&apos;s notes</source>
        <translation>評価者のメモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record rating</source>
        <translation>評価を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team&apos;s root cause is the true one</source>
        <translation>チームの根本原因は正しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…is not</source>
        <translation>…正しくない</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../../warroom/ui/panels/requests.py" line="+33"/>
        <source>What we need: {0}
Why: {1}
What we will do with it: {2}
What comes next: {3}</source>
        <translation>必要なもの：{0}
理由：{1}
その使い道：{2}
次のステップ：{3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer: {0}</source>
        <translation>回答：{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>What we need</source>
        <translation>必要なもの</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OPEN</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Requests to the customer</source>
        <translation>顧客への依頼</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Asked of</source>
        <translation>依頼先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why we need it</source>
        <translation>必要な理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we will do with it</source>
        <translation>その使い道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What comes next</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer</source>
        <translation>顧客に依頼する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s answer to the selected request</source>
        <translation>選択した依頼への顧客の回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to the selected request</source>
        <translation>選択した依頼への回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record answer</source>
        <translation>回答を記録</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Request recorded.</source>
        <translation>依頼を記録しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the request that was answered.</source>
        <translation>回答があった依頼を選択してください。</translation>
    </message>
</context>
<context>
    <name>SameFixHint</name>
    <message>
        <location filename="../../warroom/ui/catalogue.py" line="+42"/>
        <source>Services that may need the same fix</source>
        <translation>同じ修正が必要かもしれないサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to other systems</source>
        <translation>他のシステムに追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add these services to the other systems of the action</source>
        <translation>これらのサービスを対策の「他のシステム」に追加</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The catalogue suggests: {0}</source>
        <translation>カタログの提案: {0}</translation>
    </message>
</context>
<context>
    <name>ScribePanel</name>
    <message>
        <location filename="../../warroom/ui/panels/scribe.py" line="+37"/>
        <source>Kind of entry</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New log entry</source>
        <translation>新しいログ記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type and press Enter</source>
        <translation>入力して Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with d: for a decision, a: for an action (next step), q: for a question. Decisions and next steps also show on the lead&apos;s panel.</source>
        <translation>決定事項は d:、アクション（次のステップ）は a:、質問は q: で始めてください。決定事項と次のステップは指揮者のパネルにも表示されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: detected, now</source>
        <translation>この時点を記録：検知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>宣言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: declared, now</source>
        <translation>この時点を記録：宣言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigated</source>
        <translation>緩和</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: mitigated, now</source>
        <translation>この時点を記録：緩和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the moment: resolved, now</source>
        <translation>この時点を記録：解決</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}  [{1}]</source>
        <translation>{0}  [{1}]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key moments (one key each):</source>
        <translation>重要な時点（キーは 1 つずつ）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries</source>
        <translation>記録</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kept on this seat: the record is out of reach. It is sent when it is back.</source>
        <translation>この席に保持しています：記録にアクセスできません。復旧したら送信されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marked: {0}</source>
        <translation>記録しました：{0}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../warroom/ui/search.py" line="+216"/>
        <source>Search every incident…  [Ctrl+Shift+F]</source>
        <translation>すべてのインシデントを検索…  [Ctrl+Shift+F]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every incident</source>
        <translation>すべてのインシデントを検索</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-158"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>一致箇所</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> [exercise]</source>
        <translation> [演習]</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <location line="+52"/>
        <source>Search every incident</source>
        <translation>すべてのインシデントを検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words, an error message, a service: every character is searched as text</source>
        <translation>単語、エラーメッセージ、サービス名：すべての文字をテキストとして検索します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include &amp;exercises</source>
        <translation>演習を含める(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open at this event  [Enter]</source>
        <translation>このイベントを開く(&amp;O)  [Enter]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type what to look for, then Enter.</source>
        <translation>検索する内容を入力して Enter を押してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n found, best first.</source>
        <translation>
            <numerusform>%n 件見つかりました（関連度順）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <location filename="../../warroom/ui/panels/common.py" line="-211"/>
        <source>The record is out of reach, so this was not saved; what you typed is still here. Try again when the record is back.</source>
        <translation>記録にアクセスできないため、保存されていません。入力した内容は残っています。記録が復旧したらもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../warroom/ui/seat_dialog.py" line="+31"/>
        <source>Take a seat</source>
        <translation>席に着く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joining: {0}</source>
        <translation>参加先：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs the room: impact, priority, roles, escalation</source>
        <translation>ルームを指揮：影響、優先度、ロール、エスカレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finds the cause: protocol, hypotheses, fix attempts</source>
        <translation>原因を究明：プロトコル、仮説、修正の試み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps customers and management informed on time</source>
        <translation>顧客と経営層に期限どおり状況を報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the record: every fact, decision and action</source>
        <translation>記録を残す：すべての事実、決定、アクション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;{0} {1} — {2}</source>
        <translation>&amp;{0} {1} — {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (now: {0})</source>
        <translation>  （現在：{0}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the seat</source>
        <translation>席に着く</translation>
    </message>
</context>
<context>
    <name>SeenBefore</name>
    <message>
        <location filename="../../warroom/ui/seen_before.py" line="+55"/>
        <source>Root cause: {0}</source>
        <translation>根本原因：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proven by: {0}</source>
        <translation>証明方法：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What fixed it: {0}</source>
        <translation>解決策：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matched: {0}</source>
        <translation>一致：{0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Past incident</source>
        <translation>過去のインシデント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same services</source>
        <translation>同じサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proven root cause</source>
        <translation>証明された根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What fixed it</source>
        <translation>解決策</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Seen this before?</source>
        <translation>以前にも起きた？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include exercises</source>
        <translation>演習を含める</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as this → evidence for the selected hypothesis</source>
        <translation>これと同じ → 選択した仮説の根拠にする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it</source>
        <translation>開く</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Seen this before? %n past incident(s) look like this one</source>
        <translation>
            <numerusform>以前にも起きた？ 過去のインシデント %n 件がこれに似ています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seen this before? Nothing like this in past incidents yet</source>
        <translation>以前にも起きた？ 過去のインシデントに類似するものはまだありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select the hypothesis this past incident supports first.</source>
        <translation>先に、この過去のインシデントが裏付ける仮説を選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded: same as #{0}.</source>
        <translation>記録しました：#{0} と同じ。</translation>
    </message>
</context>
<context>
    <name>SpecificationEditor</name>
    <message>
        <location filename="../../warroom/ui/panels/specification.py" line="+25"/>
        <source>What object, what defect?</source>
        <translation>どの対象で、どんな欠陥か？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: sites, systems, networks?</source>
        <translation>どこで：拠点、システム、ネットワークは？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When first, when since, how often?</source>
        <translation>最初はいつ、いつから、どのくらいの頻度で？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many, how big, getting worse?</source>
        <translation>どのくらいの数・規模か、悪化しているか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHAT</source>
        <translation>何が</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHERE</source>
        <translation>どこで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHEN</source>
        <translation>いつ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTENT</source>
        <translation>程度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IS</source>
        <translation>該当する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IS NOT</source>
        <translation>該当しない</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distinction</source>
        <translation>相違点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the {0} line</source>
        <translation>「{0}」の行を保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write what IS affected next to what could be but IS NOT. A true cause explains every line; the distinctions and changes point to it.</source>
        <translation>影響を受けている「該当する」ものと、受けていてもおかしくないが「該当しない」ものを並べて書きます。真の原因はすべての行を説明でき、相違点と変化がその手がかりになります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem specification</source>
        <translation>問題の仕様</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{0} saved.</source>
        <translation>{0} を保存しました。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../warroom/ui/start_screen.py" line="+29"/>
        <location line="+5"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Active incidents first, most severe on top; then recent ones.</source>
        <translation>対応中のインシデントを先に、深刻なものから表示し、その後に最近のものを表示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No incidents yet. Declare one when something breaks, or load the demo incident to look around.</source>
        <translation>インシデントはまだありません。障害が起きたら宣言するか、デモ用インシデントを読み込んで画面を確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare an incident…  [Ctrl+N]</source>
        <translation>インシデントを宣言…  [Ctrl+N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open  [Enter]</source>
        <translation>開く  [Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo incident</source>
        <translation>デモ用インシデントを読み込む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A realistic sample, live and mid-diagnosis: an ERP outage that stops a production line (marked as an exercise)</source>
        <translation>現実的なサンプル。診断の途中で進行中の、生産ラインを止める ERP 障害です（演習として表示）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exercises…</source>
        <translation>演習…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rehearse a major incident: the trainer console with training scenarios</source>
        <translation>重大インシデントを予行演習：訓練シナリオ付きのトレーナーコンソール</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../warroom/ui/text_dialog.py" line="+33"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to {0}</source>
        <translation>{0} に保存しました</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../warroom/ui/timeline_model.py" line="+96"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../warroom/ui/timeline_view.py" line="+67"/>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scribe entries</source>
        <translation>記録係の記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status updates</source>
        <translation>状況報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key moments</source>
        <translation>重要な時点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show events of kind</source>
        <translation>表示するイベントの種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show events of role</source>
        <translation>表示するイベントのロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search (Ctrl+F)</source>
        <translation>検索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the timeline</source>
        <translation>タイムラインを検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest event in view</source>
        <translation>最新のイベントを常に表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <location filename="../../warroom/ui/trainer_forms.py" line="-101"/>
        <source>posts an update</source>
        <translation>状況報告を送る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records it in the log</source>
        <translation>ログに記録する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records a hypothesis</source>
        <translation>仮説を記録する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records a fix attempt</source>
        <translation>修正の試みを記録する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sends an information request</source>
        <translation>情報提供を依頼する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticks the checklist</source>
        <translation>チェックリストをチェックする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalates</source>
        <translation>エスカレーションする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages the on-call engineer</source>
        <translation>オンコールのエンジニアを呼び出す</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changes the status</source>
        <translation>ステータスを変更する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes the priority</source>
        <translation>優先度を変更する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hands the role over</source>
        <translation>ロールを引き継ぐ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <location filename="../../warroom/ui/trainer.py" line="+71"/>
        <source>warroom — trainer console</source>
        <translation>warroom — トレーナーコンソール</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EXERCISE — trainer console (the players never see this)</source>
        <translation>演習 — トレーナーコンソール（参加者には見えません）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a scenario file…</source>
        <translation>シナリオファイルを開く…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running exercises</source>
        <translation>実行中の演習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reattach</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speed of simulated time</source>
        <translation>シミュレーション時間の速度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the exercise</source>
        <translation>演習を開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <location line="+88"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+729"/>
        <source>End the exercise</source>
        <translation>演習を終了</translation>
    </message>
    <message>
        <location line="-727"/>
        <source>Role of the player&apos;s seat</source>
        <translation>参加者の席のロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Player&apos;s name</source>
        <translation>参加者の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a player&apos;s seat</source>
        <translation>参加者の席を開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inject</source>
        <translation>インジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>期待される対応</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team&apos;s response</source>
        <translation>チームの対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario injects</source>
        <translation>シナリオのインジェクト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold / release</source>
        <translation>保留 / 解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to it</source>
        <translation>そこへジャンプ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New time of the inject, minutes from start</source>
        <translation>インジェクトの新しい時刻（開始からの分）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retime</source>
        <translation>時刻を変更</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>After-action PDF…</source>
        <translation>事後レビュー PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement plan CSV…</source>
        <translation>改善計画 CSV…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Injects and the team&apos;s responses</source>
        <translation>インジェクトとチームの対応</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trainer&apos;s forms</source>
        <translation>トレーナー用フォーム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad-hoc inject</source>
        <translation>臨時インジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot wash</source>
        <translation>ホットウォッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened {0}</source>
        <translation>{0} を開きました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenarios (*.toml)</source>
        <translation>シナリオ (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n response window(s) too short to answer at {0:g}× — run at {1}× or slower, or widen expect.within</source>
        <translation>
            <numerusform>{0:g}× では %n 件の対応期限が短すぎて対応できません — {1}× 以下の速度で実行するか、expect.within を広げてください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other warning(s): warroom exercise check shows them</source>
        <translation>
            <numerusform>ほかに %n 件の警告があります：warroom exercise check で確認できます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+45"/>
        <location line="+40"/>
        <location line="+74"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Exercise #{0} started. Players open it from the incident list.</source>
        <translation>演習 #{0} を開始しました。参加者はインシデント一覧から開きます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reattached to exercise #{0}.</source>
        <translation>演習 #{0} に再接続しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exercise has ended. Time for the hot wash.</source>
        <translation>演習が終了しました。ホットウォッシュの時間です。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the player&apos;s name first.</source>
        <translation>先に参加者の名前を入力してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ENDED</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running at {0:g}×</source>
        <translation>{0:g}× で実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAUSED</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — scenario time is over</source>
        <translation> — シナリオの時間が終了しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T+{0} of {1} · {2} · story time {3:%H:%M:%S} {4}{5}</source>
        <translation>T+{0} / {1} · {2} · シナリオ時刻 {3:%H:%M:%S} {4}{5}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected responses: {0} on time, {1} late, {2} missed, {3} open{4} · overall {5}</source>
        <translation>期待される対応：期限内 {0}、遅延 {1}、未対応 {2}、未確定 {3}{4} · 総合 {5}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <source>pending</source>
        <translation>未配信</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>status {0}</source>
        <translation>ステータス {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1}, within {2} min</source>
        <translation>{0} が {2} 分以内に{1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1} ahead)</source>
        <translation>{0}（{1} 前倒し）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>noted</source>
        <translation>記録済み</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Inject {0} expects no response.</source>
        <translation>インジェクト {0} は対応を求めていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inject {0} — expected: {1}</source>
        <translation>インジェクト {0} — 期待される対応：{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an inject in the list first.</source>
        <translation>先に一覧からインジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inject {0} skipped.</source>
        <translation>インジェクト {0} をスキップしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Released.</source>
        <translation>解除しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held until you release it.</source>
        <translation>解除するまで保留します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The story jumped to +{0}.</source>
        <translation>シナリオを +{0} にジャンプしました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inject {0} now comes at +{1}.</source>
        <translation>インジェクト {0} は +{1} に配信されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start the exercise first.</source>
        <translation>先に演習を開始してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inject sent.</source>
        <translation>インジェクトを送信しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an inject with an expected response first.</source>
        <translation>先に、期待される対応があるインジェクトを選択してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating recorded.</source>
        <translation>評価を記録しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your judgement of the root cause is recorded.</source>
        <translation>根本原因についてのあなたの判断を記録しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write what at least one role said.</source>
        <translation>少なくとも 1 つのロールの発言を書いてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hot wash recorded.</source>
        <translation>ホットウォッシュを記録しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no objective)</source>
        <translation>（目標なし）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added to the improvement plan.</source>
        <translation>改善計画に追加しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After-action report</source>
        <translation>事後レビュー報告書</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {0}</source>
        <translation>{0} に保存しました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The exercise is still running</source>
        <translation>演習はまだ実行中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise #{0} is running. What should happen to it?</source>
        <translation>演習 #{0} が実行中です。どうしますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running: this console hides and goes on delivering injects. Pause: simulated time stops until a console reattaches and resumes. End: the exercise is over.</source>
        <translation>実行を続ける：このコンソールは非表示になり、インジェクトの配信を続けます。一時停止：コンソールが再接続して再開するまでシミュレーション時間が止まります。終了：演習を終えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and close</source>
        <translation>一時停止して閉じる</translation>
    </message>
</context>
<context>
    <name>WaitingForRecord</name>
    <message>
        <location filename="../../warroom/ui/writing.py" line="+48"/>
        <source>Saving</source>
        <extracomment>How long the UI thread waits before it says so (a usual write takes a few ms; a slow disk may take a few hundred, and a message flashing up for that would only startle).</extracomment>
        <translation>保存中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving… waiting for the record.
Another seat may be writing, or the network is slow. Nothing you typed is lost; this ends by itself.</source>
        <translation>保存中… 記録を待っています。
他の席が書き込み中か、ネットワークが遅い可能性があります。入力した内容は失われません。自動的に終わります。</translation>
    </message>
</context>
<context>
    <name>WallDisplay</name>
    <message>
        <location filename="../../warroom/ui/wall.py" line="+45"/>
        <source>Wall display</source>
        <translation>ウォールディスプレイ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXERCISE</source>
        <translation>演習</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time since the incident started</source>
        <translation>インシデント発生からの経過時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation deadline</source>
        <translation>エスカレーション期限</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The customer cannot</source>
        <translation>顧客ができないこと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leading hypothesis</source>
        <translation>最有力の仮説</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Status: {0}</source>
        <translation>ステータス：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../warroom/ui/words.py" line="+36"/>
        <source>Declared</source>
        <translation>宣言済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>原因特定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigating</source>
        <translation>暫定対処中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>経過観察中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+62"/>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>performed</source>
        <translation>実施できた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some challenges</source>
        <translation>一部に課題あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major challenges</source>
        <translation>大きな課題あり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unable to perform</source>
        <translation>実施できなかった</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>open</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>testing</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>除外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>worked</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>partial</source>
        <translation>一部成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>切り戻し済み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>corrective</source>
        <translation>是正処置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preventive</source>
        <translation>予防処置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>started</source>
        <translation>発生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared</source>
        <translation>宣言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first update</source>
        <translation>初回報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mitigated</source>
        <translation>緩和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>社内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>executives</source>
        <translation>経営層</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <location filename="../../warroom/ui/work.py" line="+54"/>
        <source>the work stopped unexpectedly</source>
        <translation>処理が予期せず停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the details are in {0}</source>
        <translation>詳細は {0} にあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>try again</source>
        <translation>もう一度お試しください</translation>
    </message>
</context>
</TS>
