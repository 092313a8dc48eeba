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
  useDialog(ref, onClose, '[role=tab]');
  useEffect(() => { if (!community || tabs.length === 0) onClose(); }, [community, tabs.length]);
  if (!community || tabs.length === 0) return null;
  const current = tabs.some((t) => t.id === tab) ? tab! : tabs[0]!.id;
  return (
    <div class="backdrop">
      <div class="settings card" role="dialog" aria-modal="true" aria-labelledby="settings-title" ref={ref}>
        <header class="settings-header">
          <h2 id="settings-title">{community.community.name} settings</h2>
          <button type="button" onClick={onClose}>Close</button>
        </header>
        <div class="settings-body">
          <nav class="settings-tabs" role="tablist" aria-label="Settings sections">
            {tabs.map((t) => (
              <button key={t.id} role="tab" id={`tab-${t.id}`} aria-selected={t.id === current} aria-controls="settings-panel"
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
