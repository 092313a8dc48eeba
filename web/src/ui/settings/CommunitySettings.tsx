import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id } from '../../generated/protocol';
import { state } from '../../state/app';
import { settingsAccess, type SettingsAccess } from '../../state/permissions';
import { useDialog } from '../Modal';
import { ChannelsTab } from './ChannelsTab';
import { MembersTab } from './MembersTab';
import { OverviewTab } from './OverviewTab';
import { RolesTab } from './RolesTab';
import './settings.css';

type Tab = keyof SettingsAccess;
const TABS: { id: Tab; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'channels', label: 'Channels' },
  { id: 'roles', label: 'Roles' },
  { id: 'members', label: 'Members' },
];

/**
 * Community settings: one tab per area the viewer may manage (permissions.ts decides which, live:
 * losing a role closes what it opened). Escape or "Close" returns to the channel.
 */
export function CommunitySettings({ communityId, onClose }: { communityId: Id; onClose: () => void }) {
  const community = state.value.communities.find((c) => c.community.id === communityId);
  const access = community ? settingsAccess(community) : undefined;
  const tabs = TABS.filter((t) => access?.[t.id]);
  const [tab, setTab] = useState<Tab | undefined>(tabs[0]?.id);
  const ref = useRef<HTMLDivElement>(null);
  useDialog(ref, onClose, '[role=tab][aria-selected=true]');
  useEffect(() => { if (!community || tabs.length === 0) onClose(); }, [community, tabs.length]);
  if (!community || tabs.length === 0) return null;
  const current = tabs.some((t) => t.id === tab) ? tab! : tabs[0]!.id;
  // the tablist pattern: arrows (and Home/End) move between tabs, Tab moves into the panel
  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current);
    const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    setTab(next.id);
    ref.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  };
  return (
    <div class="backdrop">
      <div class="settings card" role="dialog" aria-modal="true" aria-labelledby="settings-title" ref={ref}>
        <header class="settings-header">
          <h2 id="settings-title">{community.community.name} settings</h2>
          <button type="button" onClick={onClose}>Close</button>
        </header>
        <div class="settings-body">
          <nav class="settings-tabs" role="tablist" aria-label="Settings sections" aria-orientation="vertical" onKeyDown={onTabKey}>
            {tabs.map((t) => (
              <button key={t.id} role="tab" id={`tab-${t.id}`} aria-selected={t.id === current} aria-controls="settings-panel"
                      tabIndex={t.id === current ? 0 : -1}
                      class={t.id === current ? 'active' : ''} onClick={() => setTab(t.id)}>{t.label}</button>
            ))}
          </nav>
          <section class="settings-panel" id="settings-panel" role="tabpanel" aria-labelledby={`tab-${current}`}>
            {current === 'overview' && <OverviewTab community={community} />}
            {current === 'channels' && <ChannelsTab community={community} />}
            {current === 'roles' && <RolesTab community={community} />}
            {current === 'members' && <MembersTab community={community} />}
          </section>
        </div>
      </div>
    </div>
  );
}
